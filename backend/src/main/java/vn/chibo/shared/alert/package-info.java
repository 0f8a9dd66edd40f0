/**
 * Alerts any module may raise for the officers of a cell; the meeting module's notices deliver them.
 */
package vn.chibo.shared.alert;
