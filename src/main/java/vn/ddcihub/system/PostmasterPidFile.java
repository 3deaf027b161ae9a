package vn.ddcihub.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lock file {@code postmaster.pid} a PostgreSQL server keeps in its data directory,
 * and what the process it names really is. After a crash the file stays behind and its
 * PID may since belong to any other process: only a PostgreSQL serving this very
 * directory may ever be signalled.
 */
final class PostmasterPidFile {

	/** Who holds the PID written in the file. */
	enum Holder {

		/** There is no lock file. */
		NONE,
		/** No process has that PID any more: the file was left by a crash. */
		GONE,
		/**
		 * Another program has that PID now (PIDs are reused): the file was left by a
		 * crash.
		 */
		FOREIGN,
		/**
		 * A PostgreSQL server on this data directory, e.g. left running by a killed JVM.
		 */
		OURS

	}

	/**
	 * @param command what the process holding the PID runs (for the log), empty when none
	 */
	record Inspection(Holder holder, long pid, String command) {
	}

	private final Path dataDirectory;

	PostmasterPidFile(Path dataDirectory) {
		this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
	}

	Path path() {
		return dataDirectory.resolve("postmaster.pid");
	}

	Inspection inspect() {
		Optional<Long> pid = pid();
		if (pid.isEmpty()) {
			return new Inspection(Files.exists(path()) ? Holder.GONE : Holder.NONE, 0, "");
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(handle -> running(handle.pid()));
		if (process.isEmpty()) {
			return new Inspection(Holder.GONE, pid.get(), "");
		}
		List<String> commandLine = commandLine(process.get());
		String command = String.join(" ", commandLine);
		return new Inspection(servesThisDirectory(pid.get(), commandLine) ? Holder.OURS : Holder.FOREIGN, pid.get(),
				command.isBlank() ? "(unknown)" : command);
	}

	/** The postmaster's PID from the first line of the file, when there is one. */
	Optional<Long> pid() {
		try {
			List<String> lines = Files.readAllLines(path(), StandardCharsets.UTF_8);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether a process runs: on Linux a zombie (ended, not yet reaped — e.g. a killed
	 * postmaster whose parent is an init that reaps nothing) does not count, although the
	 * JDK calls it alive.
	 */
	static boolean running(long pid) {
		Path stat = Path.of("/proc", Long.toString(pid), "stat");
		if (Files.isDirectory(Path.of("/proc", "self"))) {
			try {
				String text = Files.readString(stat, StandardCharsets.UTF_8);
				String state = text.substring(text.lastIndexOf(')') + 1).strip();
				return !state.startsWith("Z") && !state.startsWith("X");
			}
			catch (IOException | IndexOutOfBoundsException ex) {
				return false;
			}
		}
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}

	void remove() throws IOException {
		Files.deleteIfExists(path());
	}

	/**
	 * A postmaster runs the {@code postgres} executable with {@code -D <data directory>}
	 * and works inside that directory.
	 */
	private boolean servesThisDirectory(long pid, List<String> commandLine) {
		boolean postgres = !commandLine.isEmpty() && fileName(commandLine.get(0)).equals("postgres");
		if (!postgres) {
			return false;
		}
		int option = commandLine.indexOf("-D");
		if (option >= 0 && option + 1 < commandLine.size() && sameDirectory(Path.of(commandLine.get(option + 1)))) {
			return true;
		}
		Path workingDirectory = Path.of("/proc", Long.toString(pid), "cwd");
		return Files.isSymbolicLink(workingDirectory) && sameDirectory(workingDirectory);
	}

	private boolean sameDirectory(Path candidate) {
		try {
			return candidate.toRealPath().equals(dataDirectory.toRealPath());
		}
		catch (IOException | SecurityException ex) {
			return false;
		}
	}

	private static String fileName(String executable) {
		int slash = executable.lastIndexOf('/');
		return executable.substring(slash + 1);
	}

	/**
	 * The process's arguments: on Linux from {@code /proc/<pid>/cmdline} (readable for
	 * every process), elsewhere from what the JDK can tell.
	 */
	private static List<String> commandLine(ProcessHandle process) {
		Path procCommandLine = Path.of("/proc", Long.toString(process.pid()), "cmdline");
		try {
			if (Files.isReadable(procCommandLine)) {
				String raw = Files.readString(procCommandLine, StandardCharsets.UTF_8);
				return Arrays.stream(raw.split("\0")).filter(part -> !part.isEmpty()).toList();
			}
		}
		catch (IOException ex) {
			// The process ended meanwhile or hides its arguments: fall back to the JDK.
		}
		ProcessHandle.Info info = process.info();
		List<String> arguments = info.arguments().map(List::of).orElse(List.of());
		return info.command().map(command -> concat(command, arguments)).orElse(List.of());
	}

	private static List<String> concat(String first, List<String> rest) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
	}

}
