package vn.chibo.meeting.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of agenda documents.
 *
 * @param maxSize the largest file accepted (the multipart limit of the web server must be at least this)
 */
@ConfigurationProperties("chibo.meeting.documents")
record DocumentProperties(@DefaultValue("20MB") DataSize maxSize) {
}
