package org.pathway.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.slf4j.LoggerFactory;

/**
 * The command line prints reports on standard output, not logs: the libraries' warnings and errors go to standard
 * error, one line each. Set up in code rather than by an XML file, whose parser would cost the command line about a
 * fifth of its start-up.
 */
final class CommandLineLogging {

    private CommandLineLogging() {
    }

    static void warningsToStandardError() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        LayoutBase<ILoggingEvent> layout = new LayoutBase<>() {
            @Override
            public String doLayout(ILoggingEvent event) {
                return "pathway: " + event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage()
                        + System.lineSeparator();
            }
        };
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
    }
}
