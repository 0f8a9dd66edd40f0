export { RoomPage } from './components/room-page';
