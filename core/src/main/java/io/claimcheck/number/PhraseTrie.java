package io.claimcheck.number;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Fixed phrases ("at least", "no more than", ">=") as paths of token keys, matched longest-first
 * against the token stream. A word's key is its id; a punctuation mark's key is minus its char.
 */
final class PhraseTrie<T> {
  private static final class Node<T> {
    final Map<Integer, Node<T>> children = new HashMap<>(4);
    @Nullable T value;
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
        node = node.children.computeIfAbsent(key, k -> new Node<>());
      }
    }
    node.value = value;
    return first;
  }

  boolean startsWithPunct(char c) {
    return root.children.containsKey(-(int) c);
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
      node = node.children.get(key);
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
