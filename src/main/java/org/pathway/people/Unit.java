package org.pathway.people;

/** Where an employee sits in the council: directorate, service and team. */
public record Unit(String directorate, String service, String team) {
}
