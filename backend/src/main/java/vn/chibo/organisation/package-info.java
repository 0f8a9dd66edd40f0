/**
 * Organisation: the party tree (city/district committee → grassroots organisation → cell → party group),
 * the members with their status, flags and history of belonging, and the online-meeting authorisations an
 * organisation holds. Answers "who belonged to cell X on date D", which every attendance denominator needs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package vn.chibo.organisation;
