package vn.chibo.room;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompDecoder;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;

import static org.assertj.core.api.Assertions.assertThat;

/** A meeting's events are encoded once as a STOMP frame and the same bytes go to every subscriber. */
class TopicFramesTest {

    @Test
    void aTopicFrameIsAStompMessageForTheSubscribersOwnIdHoweverTheClientSpelledIt() {
        var body = "{\"seq\":42,\"type\":\"hand-raised\",\"name\":\"Nguyễn Văn An\"}".getBytes(StandardCharsets.UTF_8);
        var oddId = "sub:1\\x\ny";

        var frame = TopicFrames.frame("/topic/meetings/9c1", oddId, "n1-e7", body);

        var messages = new StompDecoder().decode(frame.duplicate());
        assertThat(messages).hasSize(1);
        var headers = StompHeaderAccessor.wrap(messages.get(0));
        assertThat(headers.getCommand()).isEqualTo(StompCommand.MESSAGE);
        assertThat(headers.getSubscriptionId()).isEqualTo(oddId);
        assertThat(headers.getDestination()).isEqualTo("/topic/meetings/9c1");
        assertThat(headers.getMessageId()).isEqualTo("n1-e7");
        assertThat(headers.getContentType()).hasToString("application/json");
        assertThat(messages.get(0).getPayload()).isEqualTo(body);
        // the same encoded frame goes to many connections, each reading it from the start
        var one = Outbound.shared(frame).getPayload();
        one.get(new byte[one.remaining()]);
        assertThat(one.remaining()).isZero();
        assertThat(Outbound.shared(frame).getPayload().remaining()).isEqualTo(frame.remaining());
    }
}
