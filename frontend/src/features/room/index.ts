export { RoomPage, type RoomVideoContext } from './components/room-page';
