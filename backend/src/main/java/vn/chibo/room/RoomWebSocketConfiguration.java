package vn.chibo.room;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.websocket.server.ServerContainer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.context.ServletContextAware;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

import tools.jackson.databind.json.JsonMapper;

/**
 * STOMP over a plain WebSocket at {@code /ws}: the handshake is authenticated by the HTTP session (see
 * {@link RoomHttpSecurity}) and accepted from the application's own origin only; an in-memory broker per node
 * delivers {@code /topic} and {@code /user/queue} destinations, and {@link RoomBus} feeds it with the events of
 * every node. Buffers are small so that a node holds many thousands of connections.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@EnableConfigurationProperties(RoomProperties.class)
class RoomWebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    private final RoomProperties properties;
    private final ObjectProvider<RoomChannelInterceptor> interceptor;
    private final ObjectProvider<Connections> connections;
    private final ObjectProvider<Room> room;
    private final JsonMapper json;
    private final ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
    /** Writes to the connections ({@link Outbound}). */
    private final ExecutorService writers;

    RoomWebSocketConfiguration(RoomProperties properties, ObjectProvider<RoomChannelInterceptor> interceptor,
            ObjectProvider<Connections> connections, ObjectProvider<Room> room, JsonMapper json) {
        this.properties = properties;
        this.interceptor = interceptor;
        this.connections = connections;
        this.room = room;
        this.json = json;
        var threads = new AtomicInteger();
        this.writers = Executors.newFixedThreadPool(properties.writerThreads(), runnable -> {
            var thread = new Thread(runnable, "room-writer-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // no allowed origins set: only same-origin handshakes (and clients that send no Origin) are accepted
        var httpSession = new HttpSessionHandshakeInterceptor();
        httpSession.setCopyAllAttributes(false);
        httpSession.setCopyHttpSessionId(true);
        httpSession.setCreateSession(false);
        registry.addEndpoint("/ws").addInterceptors(httpSession);
        registry.setErrorHandler(new RoomErrorHandler(json));
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic", "/queue")
                .setHeartbeatValue(new long[] {10_000, Math.min(5_000, properties.presenceTtl().toMillis() / 3)})
                .setTaskScheduler(roomHeartbeatScheduler());
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        // the broker remembers who subscribed to each destination it delivered to; past the limit it forgets and
        // scans every session again. Each connection has its own reply and error queues: room for all of them.
        registry.setCacheLimit(32_768);
        // what the broker sends one client (replies, errors, heart-beats) keeps its order; the meetings' events
        // do not pass the broker (TopicFrames), they keep the bus's order in each connection's Outbound
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(interceptor.getObject());
        // A command mostly waits on Redis, and every frame (heart-beats too) queues here: with Spring's default of
        // two threads per core, a join storm kept heart-beats waiting past the broker's read timeout and every
        // connection was dropped (docs/benchmarks.md). The pool's threads only wait, and heart-beats go first.
        registration.taskExecutor(new InboundExecutor()).corePoolSize(properties.inboundThreads())
                .maxPoolSize(properties.inboundThreads());
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setMessageSizeLimit(properties.messageSizeLimit())
                .setSendBufferSizeLimit(properties.sendBufferLimit())
                .setSendTimeLimit((int) properties.sendTimeLimit().toMillis())
                .setTimeToFirstMessage(30_000)
                .addDecoratorFactory(handler -> new WebSocketHandlerDecorator(handler) {
                    @Override
                    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                        // everything sent to the connection, by Spring or by the room, goes through its Outbound
                        var outbound = new Outbound(session, writers, properties.sendBufferLimit(),
                                properties.sendTimeLimit());
                        connections.getObject().opened(outbound);
                        super.afterConnectionEstablished(outbound);
                    }

                    @Override
                    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                        try {
                            super.afterConnectionClosed(session, status);
                        }
                        finally {
                            room.getObject().disconnected(session.getId());
                        }
                    }
                });
    }

    /** Not a bean: the application's own TaskScheduler (for @Scheduled) stays Spring Boot's. */
    private ThreadPoolTaskScheduler roomHeartbeatScheduler() {
        heartbeats.setPoolSize(1);
        heartbeats.setThreadNamePrefix("room-heartbeat-");
        heartbeats.initialize();
        return heartbeats;
    }

    /** Tomcat's socket buffers per connection ({@code chibo.room.socket-buffer}; HTTP works as well with them). */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> roomSocketBuffers() {
        var size = String.valueOf(properties.socketBuffer());
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", size);
            connector.setProperty("socket.appWriteBufSize", size);
        });
    }

    @PreDestroy
    void stopHeartbeats() {
        heartbeats.shutdown();
        writers.shutdown();
    }

    /**
     * The WebSocket container's per-connection buffers: one frame at most, a small one. Only where a real
     * server runs (tests with a mock servlet environment have no WebSocket container).
     */
    @Bean
    ServletContextAware roomWebSocketContainer() {
        return servletContext -> {
            if (servletContext.getAttribute("jakarta.websocket.server.ServerContainer") instanceof ServerContainer container) {
                container.setDefaultMaxTextMessageBufferSize(properties.messageSizeLimit());
                container.setDefaultMaxBinaryMessageBufferSize(properties.messageSizeLimit());
                container.setDefaultMaxSessionIdleTimeout(120_000L);
            }
        };
    }
}
