/**
 * Minutes: the structured biên bản of each meeting, drafted live by the minute-taker with header, roll
 * call and vote results filled in automatically; read back, adopted, signed, immutable afterwards
 * (corrections appended), exported as DOCX and PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Minutes")
package vn.chibo.minutes;
