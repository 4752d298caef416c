/**
 * The specialist caseworker's queue: victims and witnesses who may need a DA caseworker's (the force's migrant-victim
 * subject-matter expert's) help, for their team's caseworkers to take, advise and hand back, and for supervisors to
 * see who holds what.
 *
 * <p>Its own module rather than part of pathways: pathways is the police's way out to partner organisations
 * (directory, referrals, partner portal), while this queue is internal case-work that listens to three modules
 * (cases, firewall, pathways) and is read only by police staff of one team. Keeping it apart keeps pathways free of
 * a dependency on the firewall's prohibitions and the queue's state machine out of the partner-facing code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Specialist caseworker's queue")
package uk.safeshare.specialist;
