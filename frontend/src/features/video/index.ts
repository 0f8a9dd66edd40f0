export { VideoCall, type VideoCallProps } from './components/video-call';
