export { RoomPage, type RoomMinutesContext, type RoomVideoContext, type RoomVotesContext } from './components/room-page';
