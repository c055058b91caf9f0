package dev.signet.example.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README.md shows each Java example exactly as its source holds it, and only artifacts the BOM manages. */
class ReadmeSnippetsTest {
    private static final Path ROOT = Path.of(System.getProperty("signet.repositoryRoot", "../.."));
    private static final String MARKER = "<!-- source: examples/readme/src/main/java/dev/signet/example/readme/HttpSigner.java#http-signer -->";
    private final ReadmeSnippets snippets = new ReadmeSnippets(ROOT);

    @Test
    void everyJavaBlockOfTheReadmeIsItsSourceRegion() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));

        assertThat(snippets.problems(readme)).isEmpty();
        assertThat(ReadmeSnippets.blocks(readme)).filteredOn(b -> b.language().equals("java")).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void aBlockThatDriftedIsNamedWithItsFirstDifferentLine() throws Exception {
        String block = String.join("\n\n", ReadmeSnippets.regions(Files.readString(ROOT.resolve(
                "examples/readme/src/main/java/dev/signet/example/readme/HttpSigner.java")), "http-signer"));
        String readme = "text\n" + MARKER + "\n```java\n" + block + "\n```\n";

        assertThat(snippets.problems(readme)).isEmpty();
        assertThat(snippets.problems(readme.replace(".build();", ".build(); // edited"))).singleElement().asString()
                .startsWith("README.md line 3 (" + MARKER + "): differs from its source at block line ")
                .contains("README: ", ".build(); // edited");
    }

    @Test
    void aJavaBlockWithoutASourceIsNamed() {
        assertThat(snippets.problems("# t\n\n```java\nint x = 1;\n```\n")).singleElement().asString()
                .startsWith("README.md line 3: a ```java block without a source").contains("first line: int x = 1;");
    }

    @Test
    void aMarkerNamingNoFileOrNoRegionIsNamed() {
        assertThat(snippets.problems("<!-- source: no/such/File.java#x -->\n```java\nint x = 1;\n```\n"))
                .containsExactly("README.md line 2 (<!-- source: no/such/File.java#x -->): no file no/such/File.java");
        assertThat(snippets.problems("<!-- source: README.md#nothing -->\n```java\nint x = 1;\n```\n"))
                .containsExactly("README.md line 2 (<!-- source: README.md#nothing -->): README.md has no region // tag::nothing[]");
    }

    @Test
    void regionsLoseTheirCommonIndentationAndJoinWithABlankLine() {
        String source = "// tag::t[]\nimport a.B;\n// end::t[]\nclass C {\n    // tag::t[]\n    void m() {\n\n        x();\n    }\n"
                + "    // end::t[]\n}\n";

        assertThat(String.join("\n\n", ReadmeSnippets.regions(source, "t"))).isEqualTo("import a.B;\n\nvoid m() {\n\n    x();\n}");
    }

    @Test
    void aDependencyBlockMayNameOnlyArtifactsTheBomManages() {
        List<String> problems = snippets.problems("```xml\n<artifactId>signet-core</artifactId>\n<artifactId>signet-hmac</artifactId>\n```\n");

        assertThat(problems).containsExactly("README.md line 1: the BOM manages no [signet-hmac]");
    }
}
