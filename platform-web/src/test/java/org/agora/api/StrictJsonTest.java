package org.agora.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.annotation.JsonbProperty;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class StrictJsonTest {

    public record Inner(String key, Integer count) {
    }

    public record Request(String text, Long id, int page, Boolean flag, @JsonbProperty("public") Boolean isPublic,
            List<Long> ids, Inner inner) {
    }

    final StrictJson cut = new StrictJson();

    Object read(String json) throws Exception {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Object> type = (Class) Request.class;
        return cut.readFrom(type, Request.class, new java.lang.annotation.Annotation[0], null, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    String refusedField(String json) {
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(MalformedBody.class, () -> read(json));
        assertThat(refused).as(json).isNotNull();
        return refused.field();
    }

    @Test
    void a_well_typed_body_is_bound() throws Exception {
        var request = (Request) read("{\"text\":\"hello\",\"id\":9223372036854775807,\"page\":2,\"flag\":true,"
                + "\"public\":false,\"ids\":[1,2],\"inner\":{\"key\":\"k\",\"count\":3},\"unknown\":[1]}");
        assertThat(request.text()).isEqualTo("hello");
        assertThat(request.id()).isEqualTo(Long.MAX_VALUE);
        assertThat(request.isPublic()).isFalse();
        assertThat(request.ids()).containsExactly(1L, 2L);
        assertThat(request.inner().count()).isEqualTo(3);
    }

    @Test
    void no_body_is_no_request_for_bean_validation_to_refuse() throws Exception {
        assertThat(read("")).isNull();
        assertThat(read("  \n")).isNull();
    }

    @Test
    void a_value_of_the_wrong_type_is_refused_naming_its_field() {
        assertThat(refusedField("{\"text\":123,\"page\":0}")).isEqualTo("text");
        assertThat(refusedField("{\"id\":\"12\",\"page\":0}")).isEqualTo("id");
        assertThat(refusedField("{\"id\":1.5,\"page\":0}")).isEqualTo("id");
        assertThat(refusedField("{\"flag\":\"yes\",\"page\":0}")).isEqualTo("flag");
        assertThat(refusedField("{\"public\":1,\"page\":0}")).isEqualTo("public");
        assertThat(refusedField("{\"ids\":[1,\"two\"],\"page\":0}")).isEqualTo("ids[1]");
        assertThat(refusedField("{\"inner\":{\"count\":\"3\"},\"page\":0}")).isEqualTo("inner.count");
        assertThat(refusedField("{\"inner\":[],\"page\":0}")).isEqualTo("inner");
    }

    @Test
    void a_number_out_of_its_fields_range_is_refused_instead_of_wrapping() {
        assertThat(refusedField("{\"id\":9223372036854775808,\"page\":0}")).isEqualTo("id");
        assertThat(refusedField("{\"page\":2147483648}")).isEqualTo("page");
        assertThat(refusedField("{\"text\":\"x\"}")).as("a primitive needs a value").isEqualTo("page");
    }

    @Test
    void anything_but_exactly_one_json_value_is_refused() {
        assertThatThrownBy(() -> read("{\"page\":0} trailing")).isInstanceOf(MalformedBody.class);
        assertThatThrownBy(() -> read("{\"page\":0}{\"page\":1}")).isInstanceOf(MalformedBody.class);
        assertThatThrownBy(() -> read("{\"page\":")).isInstanceOf(MalformedBody.class);
        assertThatThrownBy(() -> read("[1]")).isInstanceOf(MalformedBody.class);
    }
}
