package com.conductledger.ingest.xlsx;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.conductledger.ingest.InputFileException;

/**
 * Reads a workbook to its end in a JVM of its own, for {@link WorkbookBombTests}: prints how many
 * rows it read, or why the workbook was refused, or that memory ran out.
 */
public final class WorkbookReadProbe {

	private WorkbookReadProbe() {
	}

	public static void main(String[] arguments) throws Exception {
		WorkbookRowReader reader = WorkbookRowReader.forFile(Path.of(arguments[0]), "evaluations/bomb.xlsx");
		try {
			reader.open(new ExecutionContext());
			int rows = 0;
			while (reader.read() != null) {
				rows++;
			}
			System.out.println("READ " + rows);
		}
		catch (InputFileException ex) {
			System.out.println("REFUSED " + ex.getMessage());
		}
		catch (OutOfMemoryError ex) {
			System.out.println("OUT OF MEMORY");
			System.exit(3);
		}
		finally {
			reader.close();
		}
	}

}
