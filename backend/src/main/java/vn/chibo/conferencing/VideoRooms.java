package vn.chibo.conferencing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingSummary;

/**
 * The Jitsi room of a meeting. The meeting module stores a room name ({@link MeetingSummary#videoRoom()});
 * when it does, that name is used (lower-cased, as Prosody compares it). Otherwise the name is derived:
 * {@code <prefix>-<first 24 hex digits of HMAC-SHA256(room secret, meeting id)>} — stable for a meeting,
 * unguessable from outside, one room per meeting (a party-group meeting is a meeting of its own).
 */
@Component
class VideoRooms {

    private final String prefix;
    private final byte[] key;

    VideoRooms(JitsiProperties properties) {
        this.prefix = properties.roomPrefix();
        var secret = Stream.of(properties.roomSecret(), properties.appSecret(), properties.privateKey())
                .filter(StringUtils::hasText).findFirst().orElse("chibo-video-disabled");
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    String roomOf(MeetingSummary meeting) {
        if (StringUtils.hasText(meeting.videoRoom())) {
            return meeting.videoRoom().trim().toLowerCase(Locale.ROOT);
        }
        return derived(meeting.id());
    }

    String derived(MeetingId id) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            var digest = mac.doFinal(id.value().toString().getBytes(StandardCharsets.US_ASCII));
            return prefix + "-" + HexFormat.of().formatHex(digest).substring(0, 24);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
