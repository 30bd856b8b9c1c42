package io.claimcheck.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** What went wrong with a file, for people: "does not exist", not {@code NoSuchFileException}. */
public final class IoMessages {
  private IoMessages() {}

  /** Why a file could not be read or written, in words, without Java class names. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "is a folder that is not empty";
    }
    if (e instanceof FileSystemLoopException) {
      return "is in a loop of symbolic links";
    }
    if (e instanceof CharacterCodingException) {
      return "is not valid UTF-8 text";
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "cannot be read or written (the system gave no reason)";
    }
    String lower = reason.toLowerCase(Locale.ROOT);
    if (lower.contains("is a directory")) {
      return "is a folder, not a file";
    }
    if (lower.contains("no space left")) {
      return "no space left on the device";
    }
    return reason.strip();
  }
}
