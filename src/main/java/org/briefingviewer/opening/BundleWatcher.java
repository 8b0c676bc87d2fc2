package org.briefingviewer.opening;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * Calls back when an open bundle changes on disk: the file or archive itself, or anything in a bundle folder.
 * Changes are gathered until the bundle has been quiet for a moment, so one save gives one reload; a file saved
 * again and again without a pause is still reloaded every {@link #MAX_WAIT_MILLIS}.
 */
final class BundleWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 250;
    static final long MAX_WAIT_MILLIS = 1_000;

    private final WatchService service;
    private final Thread thread;

    private BundleWatcher(Path bundle, Runnable onChange) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        Path target = bundle.toAbsolutePath().normalize();
        boolean folder = Files.isDirectory(target);
        if (folder) {
            registerTree(target);
        } else {
            target.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
        }
        Path fileName = folder ? null : target.getFileName();
        thread = new Thread(() -> deliverChanges(fileName, onChange), "briefing-viewer-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    static BundleWatcher watch(Path bundle, Runnable onChange) throws IOException {
        return new BundleWatcher(bundle, onChange);
    }

    private void registerTree(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                directory.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void deliverChanges(Path fileName, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key, fileName);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
                WatchKey more;
                while (System.nanoTime() < deadline
                        && (more = service.poll(quietOrUntil(deadline), TimeUnit.NANOSECONDS)) != null) {
                    relevant |= drain(more, fileName);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long quietOrUntil(long deadline) {
        return Math.max(0, Math.min(TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS), deadline - System.nanoTime()));
    }

    private static boolean drain(WatchKey key, Path fileName) {
        boolean relevant = key.pollEvents().stream()
                .anyMatch(event -> fileName == null || fileName.equals(event.context()));
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
