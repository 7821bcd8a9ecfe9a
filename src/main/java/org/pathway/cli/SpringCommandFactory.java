package org.pathway.cli;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** Creates Pathway's commands as Spring beans (so they get their collaborators injected); picocli's own types as usual. */
@Component
class SpringCommandFactory implements CommandLine.IFactory {

    private final AutowireCapableBeanFactory beans;

    SpringCommandFactory(AutowireCapableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.getPackageName().startsWith("org.pathway")) {
            return beans.createBean(type);
        }
        return CommandLine.defaultFactory().create(type);
    }
}
