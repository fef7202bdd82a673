package io.github.mockcloudtrail.server;

import software.amazon.awssdk.core.SdkPojo;

/**
 * Where a value sits in a request body, such as {@code PutEventSelectorsRequest.EventSelectors[0].DataResources},
 * for the message of a value that does not fit. The reader extends it at every member it reads, but writes it out
 * only for a message: most requests fit, and each would otherwise pay for a string per member.
 *
 * <pre>{@code
 * MemberPath path = MemberPath.of(CreateTrailRequest.builder()).member("TagsList").element(0);
 * path.toString(); // "CreateTrailRequest.TagsList[0]"
 * }</pre>
 */
final class MemberPath {
    private final MemberPath parent;
    /** The request's builder for the root, else null. */
    private final Object root;
    /** The member's wire name or map key, or null for a list element. */
    private final String member;
    private final int index;

    private MemberPath(MemberPath parent, Object root, String member, int index) {
        this.parent = parent;
        this.root = root;
        this.member = member;
        this.index = index;
    }

    /** The path of a whole request, written as its shape's name. */
    static MemberPath of(SdkPojo builder) {
        return new MemberPath(null, builder, null, -1);
    }

    /** The path of a member of this structure, or of an entry of this map. */
    MemberPath member(String name) {
        return new MemberPath(this, null, name, -1);
    }

    /** The path of an element of this list. */
    MemberPath element(int position) {
        return new MemberPath(this, null, null, position);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return shapeName(root);
        }
        return member == null ? parent + "[" + index + "]" : parent + "." + member;
    }

    /** The request shape's name, such as {@code CreateTrailRequest}, from its builder's class. */
    private static String shapeName(Object builder) {
        String name = builder.getClass().getName();
        String simple = name.substring(name.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        return nested < 0 ? simple : simple.substring(0, nested);
    }
}
