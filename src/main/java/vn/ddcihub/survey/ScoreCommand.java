package vn.ddcihub.survey;

import java.io.PrintStream;
import java.util.Arrays;

import vn.ddcihub.survey.domain.CommandLineScoring;

/**
 * The analysts' command line (chấm điểm bằng dòng lệnh): {@code java -jar ddci-hub.jar
 * score --form … --responses … --out …}. Recognised in {@code main} before Spring starts,
 * so it needs no database and opens no port.
 */
public final class ScoreCommand {

	/** The first argument that selects the command. */
	public static final String NAME = "score";

	private ScoreCommand() {
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	/** Runs the command (its arguments after {@value #NAME}); the process exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return CommandLineScoring.run(Arrays.copyOfRange(args, isCommand(args) ? 1 : 0, args.length), out, err);
	}

}
