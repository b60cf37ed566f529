package dev.candor.core.testkit;

import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.internal.jumbf.JumbfException;
import dev.candor.core.internal.jumbf.JumbfReader;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits a serialized manifest store for attack and fuzz tests: replaces one box's payload, inserts
 * or removes a box, and fixes the lengths of every enclosing superbox. Works on boxes with a plain
 * 32-bit length (what Candor and c2pa-rs write).
 */
public final class StoreSurgery {
  private StoreSurgery() {}

  /** Parses a store, for tests that know it is well-formed. */
  public static Box parse(byte[] store) {
    try {
      return JumbfReader.parse(store);
    } catch (JumbfException e) {
      throw new IllegalArgumentException("not a JUMBF store: " + e.getMessage(), e);
    }
  }

  /**
   * The boxes from the root to the box reached by following {@code steps}: a superbox label, or
   * {@code "#cbor"}/{@code "#json"} for a content box of that type.
   */
  public static List<Box> path(Box root, String... steps) {
    List<Box> out = new ArrayList<>();
    out.add(root);
    Box at = root;
    for (String s : steps) {
      Box next =
          switch (s) {
            case "#cbor" -> at.child(Box.CBOR);
            case "#json" -> at.child(Box.JSON);
            default -> at.childLabelled(s);
          };
      if (next == null) {
        throw new IllegalArgumentException("no " + s + " in " + at);
      }
      out.add(next);
      at = next;
    }
    return out;
  }

  /** The active (last) manifest's label. */
  public static String activeLabel(Box root) {
    List<Box> kids = root.children();
    return kids.get(kids.size() - 1).label();
  }

  /** {@code store} with the payload of the last box of {@code path} replaced. */
  public static byte[] replacePayload(byte[] store, List<Box> path, byte[] payload) {
    Box target = path.get(path.size() - 1);
    int header = target.length() - target.payload().length;
    byte[] head = new byte[header];
    System.arraycopy(store, target.start(), head, 0, header);
    ByteBuffer.wrap(head).putInt(0, header + payload.length);
    byte[] box = concat(head, payload);
    return splice(store, path.subList(0, path.size() - 1), target.start(), target.length(), box);
  }

  /** {@code store} with the last box of {@code path} removed. */
  public static byte[] remove(byte[] store, List<Box> path) {
    Box target = path.get(path.size() - 1);
    return splice(
        store, path.subList(0, path.size() - 1), target.start(), target.length(), new byte[0]);
  }

  /**
   * {@code store} with {@code box} (a whole serialized box) appended to the superbox at the end of
   * {@code path}.
   */
  public static byte[] append(byte[] store, List<Box> path, byte[] box) {
    Box parent = path.get(path.size() - 1);
    return splice(store, path, parent.start() + parent.length(), 0, box);
  }

  /**
   * Replaces {@code oldLength} bytes at {@code at} with {@code replacement}, adding the change in
   * size to the length of each box in {@code ancestors}.
   */
  public static byte[] splice(
      byte[] store, List<Box> ancestors, int at, int oldLength, byte[] replacement) {
    int delta = replacement.length - oldLength;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(store, 0, at);
    out.writeBytes(replacement);
    out.write(store, at + oldLength, store.length - at - oldLength);
    byte[] b = out.toByteArray();
    ByteBuffer bb = ByteBuffer.wrap(b);
    for (Box a : ancestors) {
      bb.putInt(a.start(), a.length() + delta);
    }
    return b;
  }

  /** The concatenation of the arrays. */
  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
