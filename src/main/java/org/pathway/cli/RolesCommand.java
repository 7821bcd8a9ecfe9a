package org.pathway.cli;

import java.io.PrintWriter;
import java.util.List;
import org.pathway.framework.Framework;
import org.pathway.role.Requirement;
import org.pathway.role.RoleProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pathway roles [--framework id]}: the role profiles, junior first, with what they require. */
@Command(name = "roles", description = "List the role profiles of every framework, or of one.")
class RolesCommand implements Runnable {

    private static final String ROW = "  %-20s %-34s %3s  %-16s %9s  %s%n";

    @ParentCommand
    private PathwayCommand pathway;

    @Spec
    private CommandSpec spec;

    @Option(names = "--framework", paramLabel = "ID", description = "Only this framework's roles.")
    private String frameworkId;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<Framework> frameworks = frameworkId == null ? pathway.domain().frameworks().all()
                : List.of(pathway.domain().frameworks().get(frameworkId));
        for (Framework framework : frameworks) {
            out.printf("%s (%s)%n", framework.name(), framework.id());
            out.printf(ROW, "ROLE", "TITLE", "SEN", "BASIS", "ESSENTIAL", "NEXT");
            for (RoleProfile role : pathway.domain().roles().rolesOf(framework.id())) {
                long essential = role.requirements().stream().filter(Requirement::essential).count();
                out.printf(ROW, role.id(), role.title(), role.seniority(), role.basis(),
                        essential + "/" + role.requirements().size(), String.join(", ", role.nextRoleIds()));
            }
            out.println();
        }
    }
}
