/**
 * Minutes: the structured biên bản of each meeting (R22), drafted live per section by the minute-taker with the
 * header, roll call, speakers and vote results filled in from the meeting, attendance, room and voting modules; read
 * back, adopted, frozen with the SHA-256 of its canonical form, signed by chair and minute-taker after a second
 * factor, immutable in the database afterwards (corrections are signed addenda), published within the configured
 * days (R21), visible to the cell and the upper levels only (R23), every view and change audited (R7), exported as
 * DOCX and PDF (docs/minutes.md). Owns the tables of schema {@code minutes}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Minutes")
package vn.chibo.minutes;
