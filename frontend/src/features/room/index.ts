export { RoomPage, type RoomMinutesContext, type RoomVideoContext } from './components/room-page';
