package org.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container image that {@code ./mvnw -Pimage package} writes (target/jib-image.tar, README "Operations: containers
 * and several instances"), read as a registry or an engine would read it: its entrypoint, user, environment, volume
 * and layers; and run where a container engine is present (skipped with a message where none is). Opt-in with
 * PATHWAY_TEST_IMAGE=true, as .ci/run sets after building the image.
 */
@EnabledIfEnvironmentVariable(named = "PATHWAY_TEST_IMAGE", matches = "true")
class ContainerImageIT {

    private static final Path IMAGE = Path.of("target", "jib-image.tar");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode manifest;
    private static JsonNode config;
    /** Each layer's entries, path to mode, in the manifest's order (base first). */
    private static final List<Map<String, Integer>> LAYERS = new ArrayList<>();

    @BeforeAll
    static void readTheImage() throws IOException {
        assertThat(IMAGE).as("build it first: ./mvnw -Pimage package").exists();
        Map<String, byte[]> files = new HashMap<>();
        try (TarArchiveInputStream image = new TarArchiveInputStream(new BufferedInputStream(
                Files.newInputStream(IMAGE)))) {
            for (TarArchiveEntry entry = image.getNextEntry(); entry != null; entry = image.getNextEntry()) {
                files.put(entry.getName(), image.readAllBytes());
            }
        }
        manifest = JSON.readTree(files.get("manifest.json")).get(0);
        config = JSON.readTree(files.get(manifest.get("Config").asString()));
        for (JsonNode layer : manifest.get("Layers")) {
            byte[] bytes = files.get(layer.asString());
            InputStream raw = new java.io.ByteArrayInputStream(bytes);
            InputStream content = bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b ? new GZIPInputStream(raw) : raw;
            Map<String, Integer> entries = new HashMap<>();
            try (TarArchiveInputStream tar = new TarArchiveInputStream(content)) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    entries.put(entry.getName().replaceFirst("^\\./", "").replaceFirst("/$", ""), entry.getMode());
                }
            }
            LAYERS.add(entries);
        }
    }

    private static int layerHolding(String path) {
        for (int i = LAYERS.size() - 1; i >= 0; i--) {
            if (LAYERS.get(i).containsKey(path)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theEntrypointStartsTheServiceWithMemorySizedForTheContainer() {
        List<String> entrypoint = new ArrayList<>();
        config.get("config").get("Entrypoint").forEach(part -> entrypoint.add(part.asString()));

        assertThat(entrypoint).startsWith("java").contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError")
                .endsWith("org.pathway.PathwayApplication");
        assertThat(layerHolding("usr/lib/jvm/java-17-openjdk-amd64/bin/java") >= 0
                || layerHolding("opt/java/openjdk/bin/java") >= 0).as("the base image has a Java 17 runtime").isTrue();
    }

    @Test
    void theServiceRunsAsAUserOtherThanRoot() {
        String user = config.get("config").get("User").asString();

        assertThat(user).isEqualTo("10001:0");
        assertThat(user.split(":")[0]).isNotIn("0", "root", "");
    }

    @Test
    void theDatasetsRulesAndDataAreConfiguredLocationsAndTheDataIsAVolume() {
        List<String> environment = new ArrayList<>();
        config.get("config").get("Env").forEach(variable -> environment.add(variable.asString()));

        assertThat(environment).contains("PATHWAY_DATASETS=/app/datasets", "PATHWAY_RULES=/app/rules",
                "PATHWAY_DATA=/data");
        assertThat(config.get("config").get("Volumes").has("/data")).isTrue();
        assertThat(config.get("config").get("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.get("config").get("WorkingDir").asString()).isEqualTo("/data");
        int data = layerHolding("data");
        assertThat(LAYERS.get(data).get("data") & 0_020).as("the data folder is writable by group 0").isNotZero();
        assertThat(LAYERS.get(layerHolding("app/rules/policy")).get("app/rules/policy") & 0_020)
                .as("a published policy can be written into the rules folder").isNotZero();
    }

    @Test
    void dependenciesResourcesClassesAndContentAreLayersOfTheirOwnAboveTheBase() {
        int base = layerHolding("etc/passwd");
        int dependencies = layerHolding("app/libs/db-scheduler-16.7.1.jar");
        int resources = layerHolding("app/resources/application.properties");
        int classes = layerHolding("app/classes/org/pathway/PathwayApplication.class");
        int content = layerHolding("app/rules/policy/policy.json");

        assertThat(base).as("the base's own layer").isZero();
        assertThat(List.of(dependencies, resources, classes, content)).doesNotHaveDuplicates().allMatch(l -> l > base);
        assertThat(dependencies).as("dependencies, which change least, lie lowest").isLessThan(classes);
        assertThat(layerHolding("app/datasets/frameworks")).isPositive();
        assertThat(LAYERS).hasSize(manifest.get("Layers").size());
    }

    /** Where an engine is present, the image is loaded and run until it reports ready. */
    @Test
    void theImageRunsWhereAContainerEngineIsPresent() throws Exception {
        Assumptions.assumeTrue(run("docker", "info") == 0, "no container engine here (`docker info` failed): the image"
                + " tarball was checked above but not run");
        assertThat(run("docker", "load", "-i", IMAGE.toString())).isZero();
        String image = manifest.get("RepoTags").get(0).asString();
        assertThat(run("docker", "run", "-d", "--rm", "--name", "pathway-image-test", "-p", "18299:8080", image))
                .isZero();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            int ready = -1;
            while (ready != 0 && System.nanoTime() < deadline) {
                Thread.sleep(1000);
                ready = run("curl", "-sf", "http://localhost:18299/readyz");
            }
            assertThat(ready).as("the container reports ready within 180 s").isZero();
        } finally {
            run("docker", "rm", "-f", "pathway-image-test");
        }
    }

    private static int run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(120, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException notInstalled) {
            return -1;
        }
    }
}
