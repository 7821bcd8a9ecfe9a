package org.pathway.cli;

import org.pathway.dataset.DatasetException;
import org.pathway.framework.UnknownFrameworkException;
import org.pathway.problem.InvalidRequestException;
import org.pathway.role.UnknownRoleException;
import org.pathway.rules.RuleCompilationException;
import picocli.CommandLine;

/**
 * Turns the errors a user can cause (bad datasets or rules, unknown ids) into a one-paragraph message and exit code 1 instead of a
 * stack trace; anything else is a bug and keeps its trace.
 */
class ReportedErrors implements CommandLine.IExecutionExceptionHandler {

    static final int USER_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        if (e instanceof DatasetException || e instanceof UnknownFrameworkException || e instanceof UnknownRoleException
                || e instanceof RuleCompilationException || e instanceof InvalidRequestException) {
            commandLine.getErr().println("pathway: " + e.getMessage());
            return USER_ERROR;
        }
        throw e;
    }
}
