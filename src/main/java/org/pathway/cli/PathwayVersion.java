package org.pathway.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the packaged jar was built as (from its manifest), or "development" when run from the build tree. */
class PathwayVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = PathwayVersion.class.getPackage().getImplementationVersion();
        return new String[] {"Pathway " + (version == null ? "(development build)" : version)};
    }
}
