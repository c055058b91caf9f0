package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A source over arrays the test keeps, to look at after the assembler is done with them. */
final class HeldSource implements CredentialSource {
    final Map<Field, byte[]> values = new EnumMap<>(Field.class);

    HeldSource with(Field field, String value) {
        values.put(field, value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    @Override
    public Optional<RawValue> find(Field field) {
        return Optional.ofNullable(values.get(field)).map(bytes -> new RawValue(bytes, "test " + field, null));
    }

    @Override
    public String nameOf(Field field) {
        return field.name();
    }

    @Override
    public String description() {
        return "test source";
    }

    void assertAllWiped() {
        assertThat(values).isNotEmpty();
        values.forEach((field, bytes) -> assertThat(bytes).as("%s", field).containsOnly(0));
    }
}
