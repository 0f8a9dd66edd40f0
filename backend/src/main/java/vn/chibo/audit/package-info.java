/**
 * Audit: the append-only, hash-chained record of who did what to which object, when and from where,
 * built from the events other modules publish; verifies the chain and names the first broken link.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.chibo.audit;
