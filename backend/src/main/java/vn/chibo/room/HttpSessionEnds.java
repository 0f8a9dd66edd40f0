package vn.chibo.room;

import org.springframework.context.event.EventListener;
import org.springframework.session.events.SessionDestroyedEvent;
import org.springframework.stereotype.Component;

/**
 * A logout, a "log out everywhere", a role change or an expiry ends the HTTP session in Redis; Spring Session
 * tells every node (keyspace notifications), and the live-room connections made with that session close at once.
 */
@Component
class HttpSessionEnds {

    private final Room room;

    HttpSessionEnds(Room room) {
        this.room = room;
    }

    @EventListener
    void on(SessionDestroyedEvent event) {
        room.httpSessionEnded(event.getSessionId());
    }
}
