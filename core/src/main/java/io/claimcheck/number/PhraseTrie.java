package io.claimcheck.number;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Fixed phrases ("at least", "no more than", ">=") as paths of token keys, matched longest-first
 * against the token stream. A word's key is its id; a punctuation mark's key is minus its char.
 */
final class PhraseTrie<T> {
  /** A node: its children by key in sorted arrays (looked up without boxing the key), and its value. */
  private static final class Node<T> {
    private int[] keys = new int[0];
    private Node<?>[] children = new Node<?>[0];
    @Nullable T value;

    @SuppressWarnings("unchecked")
    @Nullable Node<T> child(int key) {
      int at = Arrays.binarySearch(keys, key);
      return at >= 0 ? (Node<T>) children[at] : null;
    }

    Node<T> childOrNew(int key) {
      Node<T> known = child(key);
      if (known != null) {
        return known;
      }
      int at = -Arrays.binarySearch(keys, key) - 1;
      Node<T> added = new Node<>();
      int[] k = new int[keys.length + 1];
      Node<?>[] c = new Node<?>[children.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(children, 0, c, 0, at);
      k[at] = key;
      c[at] = added;
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(children, at, c, at + 1, children.length - at);
      keys = k;
      children = c;
      return added;
    }
  }

  /** A match: what the phrase means and the index of the first token after it. */
  record Match<T>(T value, int next) {}

  private final Node<T> root = new Node<>();

  /**
   * Adds a phrase. Words are separated by spaces; anything that is not a letter is one
   * punctuation key per character. Returns the word that starts the phrase, or null if it starts
   * with punctuation.
   */
  @Nullable Word add(String phrase, T value, WordTable table) {
    Node<T> node = root;
    Word first = null;
    boolean atStart = true;
    for (String part : phrase.split(" ")) {
      int i = 0;
      while (i < part.length()) {
        int j = i;
        while (j < part.length() && Character.isLetter(part.charAt(j))) {
          j++;
        }
        int key;
        if (j > i) {
          Word w = table.intern(part.substring(i, j));
          if (atStart) {
            first = w;
          }
          key = w.id;
          i = j;
        } else {
          key = -part.charAt(i);
          if (atStart) {
            table.markPunct(part.charAt(i));
          }
          i++;
        }
        atStart = false;
        node = node.childOrNew(key);
      }
    }
    node.value = value;
    return first;
  }

  boolean startsWithPunct(char c) {
    return root.child(-(int) c) != null;
  }

  /** The longest phrase starting at token {@code i}, not crossing a line break. */
  @Nullable Match<T> match(Tokens t, int i) {
    Node<T> node = root;
    Match<T> best = null;
    int k = i;
    while (t.has(k) && (k == i || !t.flag(k, Tokens.BREAK_BEFORE))) {
      int type = t.type(k);
      int key;
      if (type == Tokens.WORD) {
        key = t.word(k).id;
        if (key == 0) {
          break;
        }
      } else if (type == Tokens.PUNCT) {
        key = -t.punct(k);
      } else {
        break;
      }
      node = node.child(key);
      if (node == null) {
        break;
      }
      k++;
      if (node.value != null) {
        best = new Match<>(node.value, k);
      }
    }
    return best;
  }
}
