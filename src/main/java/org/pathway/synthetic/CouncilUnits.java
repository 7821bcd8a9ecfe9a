package org.pathway.synthetic;

import java.util.List;
import java.util.Random;
import org.pathway.people.Unit;

/** A typical district council's structure: directorates, their services and teams, for generated workforces. */
final class CouncilUnits {

    private record Service(String directorate, String service, List<String> teams) {
    }

    private static final List<Service> SERVICES = List.of(
            new Service("Place", "Housing", List.of("Tenancy Services", "Homelessness", "Housing Strategy")),
            new Service("Place", "Planning", List.of("Development Management", "Planning Policy", "Building Control")),
            new Service("Place", "Environmental Services", List.of("Waste and Recycling", "Street Cleansing", "Parks")),
            new Service("Communities", "Community Safety", List.of("Licensing", "Environmental Health", "Anti-social Behaviour")),
            new Service("Communities", "Leisure and Culture", List.of("Leisure Centres", "Museums and Arts")),
            new Service("Communities", "Customer Services", List.of("Contact Centre", "Revenues and Benefits")),
            new Service("Resources", "Finance", List.of("Accountancy", "Procurement", "Audit")),
            new Service("Resources", "People and Transformation", List.of("HR", "Learning and Development", "ICT")),
            new Service("Resources", "Legal and Democratic", List.of("Legal", "Democratic Services", "Elections")));

    private CouncilUnits() {
    }

    static Unit pick(Random random) {
        Service service = SERVICES.get(random.nextInt(SERVICES.size()));
        return new Unit(service.directorate(), service.service(), service.teams().get(random.nextInt(service.teams().size())));
    }
}
