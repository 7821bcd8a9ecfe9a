package org.pathway.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The shipped rules compiled at build time into Drools' executable model (Java classes: no DRL parsing and no Java
 * compilation when the service starts), used only for the DRL files they were built from. Any other DRL (an
 * administrator's edit, a test's fixture) is compiled from its text by {@link RuleCompiler}, as before.
 *
 * <p>The build runs {@link #main} (pom.xml, {@code prebuilt-rules}, phase {@code process-classes}), which writes the
 * model as a jar and the SHA-256 of the DRL files it was built from ({@link RuleSources#drlHash()}) beside the classes.
 */
public final class PrebuiltRules {

    /** No prebuilt rules: everything is compiled from its DRL. */
    public static final PrebuiltRules NONE = new PrebuiltRules(null, null);

    private static final String FOLDER = "org/pathway/rules/prebuilt/";
    private static final String JAR = FOLDER + "rules.jar";
    private static final String DIGEST = FOLDER + "drl.sha256";
    private static final String MODEL_LIST = "/drools-model";
    private static final String CLASS = ".class";
    private static final PrebuiltRules SHIPPED = read();

    private final String drlHash;
    private final byte[] jar;
    private List<Model> models;

    private PrebuiltRules(String drlHash, byte[] jar) {
        this.drlHash = drlHash;
        this.jar = jar;
    }

    /** The rules prebuilt by this build, or {@link #NONE} when it has none (a build that skipped the step). */
    public static PrebuiltRules shipped() {
        return SHIPPED;
    }

    /** A rule base from the prebuilt model, if {@code sources} hold exactly the DRL files it was built from. */
    Optional<KieBase> kieBase(RuleSources sources) {
        if (drlHash == null || !drlHash.equals(sources.drlHash())) {
            return Optional.empty();
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models()));
    }

    /** Builds the executable model of the rules folder {@code args[0]} into the classes folder {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        RuleSources sources = RuleSources.read(Path.of(args[0]));
        KieServices kie = KieServices.get();
        ReleaseId release = kie.newReleaseId(RuleCompiler.RELEASE_GROUP, "prebuilt", "1.0.0");
        KieBuilder builder = kie.newKieBuilder(RuleCompiler.files(kie, release, sources))
                .buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the rules in " + args[0] + " do not compile to the executable model: "
                    + errors);
        }
        Path folder = Path.of(args[1]).resolve(FOLDER);
        Files.createDirectories(folder);
        Files.write(folder.resolve("rules.jar"), ((InternalKieModule) builder.getKieModule()).getBytes());
        Files.writeString(folder.resolve("drl.sha256"), sources.drlHash());
        kie.getRepository().removeKieModule(release);
    }

    private static PrebuiltRules read() {
        ClassLoader loader = PrebuiltRules.class.getClassLoader();
        try (InputStream digest = loader.getResourceAsStream(DIGEST); InputStream jar = loader.getResourceAsStream(JAR)) {
            if (digest == null || jar == null) {
                return NONE;
            }
            return new PrebuiltRules(new String(digest.readAllBytes(), StandardCharsets.UTF_8).strip(),
                    jar.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the prebuilt rules " + JAR, e);
        }
    }

    /** The model's rule classes, loaded once from the jar by a class loader of their own. */
    private synchronized List<Model> models() {
        if (models == null) {
            Map<String, byte[]> entries = entries();
            ModelClassLoader loader = new ModelClassLoader(entries, PrebuiltRules.class.getClassLoader());
            String listed = entries.entrySet().stream().filter(e -> e.getKey().endsWith(MODEL_LIST)).findFirst()
                    .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
                    .orElseThrow(() -> new IllegalStateException(JAR + " lists no rule classes"));
            List<Model> loaded = new ArrayList<>();
            for (String line : listed.lines().map(String::strip).toList()) {
                if (!line.isEmpty() && !line.contains(":")) {
                    loaded.add(loader.model(line));
                }
            }
            models = List.copyOf(loaded);
        }
        return models;
    }

    private Map<String, byte[]> entries() {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the prebuilt rules " + JAR, e);
        }
        return entries;
    }

    /** Defines the model's generated classes from the jar; the domain classes they use come from the application. */
    private static final class ModelClassLoader extends ClassLoader {

        private final Map<String, byte[]> entries;

        ModelClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
            super(parent);
            this.entries = entries;
        }

        Model model(String className) {
            try {
                return (Model) loadClass(className).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("could not load the prebuilt rule class " + className, e);
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + CLASS);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
