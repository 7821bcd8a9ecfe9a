package org.pathway.demo;

import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeReader;
import org.pathway.people.EmployeeEntity;
import org.pathway.people.EmployeeRepository;
import org.pathway.people.EvidenceEntity;
import org.pathway.people.ProtectedCharacteristics;
import org.pathway.people.WorkforceFiles;
import org.pathway.domain.PathwayProperties;
import org.pathway.domain.WhileStarting;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database on first start with the demo council (Ashfield/Mansfield's sample employees and generated
 * council, with the generated people's protected characteristics and leaving dates) and the other frameworks' sample
 * employees, and with one demo user per role (see README). Only those files are read: the other frameworks' generated
 * workforces (16 MB of JSON, four fifths of the datasets' employees) are not parsed at start.
 */
@Component
@ConditionalOnProperty(name = "pathway.demo-data", havingValue = "true")
@Order(0)
class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String DEMO_COUNCIL = "ashfield-mansfield";

    private final EntityManager database;
    private final ProtectedCharacteristics characteristics;
    private final DemoUsers users;
    private final WhileStarting<List<Employee>> reading;

    /**
     * When the database has nobody yet, starts reading the demo employees while the rest of the service starts (only
     * the reading: the database is asked here, on the thread that creates the beans, and written in {@link #run}).
     */
    DemoData(EmployeeRepository employees, EntityManager database, ProtectedCharacteristics characteristics,
            DemoUsers users, FrameworkCatalogue frameworks, RoleCatalogue roles, PathwayProperties properties) {
        this.database = database;
        this.characteristics = characteristics;
        this.users = users;
        Path workforce = properties.workforce();
        this.reading = employees.count() > 0 || !Files.isDirectory(workforce) ? WhileStarting.done(List.of())
                : WhileStarting.start("demo-data-reading", () -> read(workforce, frameworks, roles));
    }

    private static List<Employee> read(Path workforce, FrameworkCatalogue frameworks, RoleCatalogue roles) {
        List<Employee> demo = new ArrayList<>();
        EmployeeReader reader = new EmployeeReader(frameworks, roles);
        for (Framework framework : frameworks.all()) {
            Path folder = workforce.resolve(framework.id());
            List<Path> files = framework.id().equals(DEMO_COUNCIL) ? WorkforceFiles.under(folder)
                    : WorkforceFiles.samples(folder);
            files.forEach(file -> demo.addAll(reader.readAll(file)));
        }
        return demo;
    }

    /**
     * Stores what was read before the service reports ready, so that the pages and demo users are there by then; in
     * one transaction, the people and their evidence as plain batched inserts (a stateless session on the
     * transaction's connection: nothing of the 14,000 rows is kept in a persistence context, which took about a second
     * of the start).
     */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Employee> demo = reading.await();
        if (demo.isEmpty()) {
            return;
        }
        Session session = database.unwrap(Session.class);
        session.doWork(connection -> {
            try (StatelessSession inserts = session.getSessionFactory().withStatelessOptions().connection(connection)
                    .openStatelessSession()) {
                inserts.insertMultiple(demo.stream().map(EmployeeEntity::of).toList());
                inserts.insertMultiple(demo.stream()
                        .flatMap(e -> e.evidence().stream().map(ev -> EvidenceEntity.of(e.id(), ev))).toList());
            }
        });
        characteristics.store(demo.stream().filter(e -> e.characteristics() != null && !e.characteristics().isEmpty())
                .collect(Collectors.toMap(Employee::id, Employee::characteristics)), "demo data", "IMPORT");
        users.create();
        LOG.info("Demo data loaded: {} employees; demo users hannah (employee), daniel (manager), lnd, planner, admin, analyst (HR analyst)",
                demo.size());
    }
}
