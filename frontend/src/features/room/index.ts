export { RoomPage, type RoomVideoContext, type RoomVotesContext } from './components/room-page';
