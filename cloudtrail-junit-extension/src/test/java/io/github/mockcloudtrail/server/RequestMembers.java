package io.github.mockcloudtrail.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.mockcloudtrail.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

/**
 * Every place a value can stand in an operation's request, read from the SDK model: each member, each list's
 * elements, and the members of nested structures, with the path the mock names in its messages (such as
 * {@code CreateTrailRequest.TagsList[0].Key}) and a way to build a request body holding a given value there.
 *
 * <pre>{@code
 * for (RequestMembers.Slot slot : RequestMembers.of(Operation.CREATE_TRAIL)) {
 *     JsonNode body = slot.bodyWith(JsonNodeFactory.instance.numberNode(7));
 * }
 * }</pre>
 */
final class RequestMembers {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * One place for a value.
     *
     * @param path the path as the mock's messages name it
     * @param type the type the model gives the value
     * @param wrap builds the request body around a value put in this place
     */
    record Slot(String path, MarshallingType<?> type, UnaryOperator<JsonNode> wrap) {
        JsonNode bodyWith(JsonNode value) {
            return wrap.apply(value);
        }
    }

    private final List<Slot> slots = new ArrayList<>();

    private RequestMembers() {
    }

    static List<Slot> of(Operation operation) {
        SdkPojo request = operation.newRequestBuilder();
        RequestMembers members = new RequestMembers();
        // The builder is the request's nested BuilderImpl: its enclosing class is the request shape.
        members.structure(request, request.getClass().getEnclosingClass().getSimpleName(), UnaryOperator.identity());
        return members.slots;
    }

    private void structure(SdkPojo shape, String path, UnaryOperator<JsonNode> wrap) {
        for (SdkField<?> field : shape.sdkFields()) {
            String name = field.locationName();
            member(field, path + "." + name, value -> wrap.apply(JSON.objectNode().set(name, value)));
        }
    }

    private void member(SdkField<?> field, String path, UnaryOperator<JsonNode> wrap) {
        MarshallingType<?> type = field.marshallingType();
        slots.add(new Slot(path, type, wrap));
        if (type == MarshallingType.LIST) {
            member(field.getRequiredTrait(ListTrait.class).memberFieldInfo(), path + "[0]",
                    value -> wrap.apply(JSON.arrayNode().add(value)));
        } else if (type == MarshallingType.MAP) {
            member(field.getRequiredTrait(MapTrait.class).valueFieldInfo(), path + ".key",
                    value -> wrap.apply(JSON.objectNode().set("key", value)));
        } else if (type == MarshallingType.SDK_POJO) {
            structure(field.constructor().get(), path, wrap);
        }
    }
}
