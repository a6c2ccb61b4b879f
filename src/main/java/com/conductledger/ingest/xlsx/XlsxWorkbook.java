package com.conductledger.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import com.conductledger.ingest.InputFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx package opened read-only with what streaming its first sheet needs: the shared
 * strings, the cell styles (to tell dates from numbers) and the sheet's XML stream. POI's XXE-safe
 * parser and its zip-bomb guard stay in force for every part POI reads whole, after
 * {@link PackageSizeCheck} has measured those parts. The two parts read here by streaming, the sheet
 * and the shared strings, are held to {@link WorkbookLimits} by what they unpack to and what is
 * kept of them, in place of POI's compression-ratio guess, which takes a long repeated comment for a
 * zip bomb.
 */
final class XlsxWorkbook implements FirstSheet {

	private final OPCPackage pkg;

	private final String sheetName;

	private final List<String> sheetNames;

	private final InputStream sheet;

	private final SharedStrings strings;

	private final StylesTable styles;

	private final boolean date1904;

	private XlsxWorkbook(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException,
			ParserConfigurationException {
		this.pkg = pkg;
		XSSFReader reader = new XSSFReader(pkg);
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		if (!sheets.hasNext()) {
			throw new InvalidWorkbookException("it has no worksheet");
		}
		this.sheet = streamed(sheets.next(), WorkbookLimits.MAX_SHEET_BYTES, "the sheet");
		this.sheetName = sheets.getSheetName();
		List<String> names = new ArrayList<>(List.of(sheetName));
		while (sheets.hasNext()) {
			sheets.next().close();
			names.add(sheets.getSheetName());
		}
		this.sheetNames = List.copyOf(names);
		this.strings = sharedStrings(pkg);
		StylesTable stylesPart = reader.getStylesTable();
		// without a styles part every number would skip the formatter and come out raw
		this.styles = stylesPart != null ? stylesPart : new StylesTable();
		this.date1904 = usesDate1904(reader.getWorkbookData());
	}

	/**
	 * Opens the workbook.
	 * @throws InputFileException when the file is missing, empty, too large or not an .xlsx workbook
	 */
	static XlsxWorkbook open(Path file, Path shownAs) {
		OPCPackage pkg = openPackage(file, shownAs);
		try {
			return new XlsxWorkbook(pkg);
		}
		catch (WorkbookLimits.TooLargeException ex) {
			pkg.revert();
			throw WorkbookProblems.tooLarge(shownAs, null, ex);
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
				| OpenXML4JRuntimeException | InvalidWorkbookException | IllegalArgumentException ex) {
			pkg.revert();
			WorkbookLimits.TooLargeException tooLarge = WorkbookLimits.TooLargeException.in(ex);
			if (tooLarge != null) {
				throw WorkbookProblems.tooLarge(shownAs, null, tooLarge);
			}
			throw WorkbookProblems.notAWorkbook(shownAs, ex);
		}
	}

	private static OPCPackage openPackage(Path file, Path shownAs) {
		if (!Files.isRegularFile(file)) {
			throw new InputFileException(shownAs + " cannot be read: there is no such file");
		}
		try {
			if (Files.size(file) == 0) {
				throw new InvalidWorkbookException("the file is empty");
			}
			PackageSizeCheck.check(file);
			OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			if (pkg.isStrictOoxmlFormat()) {
				pkg.revert();
				throw new InvalidWorkbookException(
						"it is saved as Strict Open XML; save it in Excel as an ordinary Excel Workbook (.xlsx)");
			}
			return pkg;
		}
		catch (WorkbookLimits.TooLargeException ex) {
			throw WorkbookProblems.tooLarge(shownAs, null, ex);
		}
		catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | InvalidWorkbookException
				| IllegalArgumentException ex) {
			throw WorkbookProblems.notAWorkbook(shownAs, ex);
		}
	}

	@Override
	public String sheetName() {
		return sheetName;
	}

	/** Every sheet's name, in workbook order (the first is the one read). */
	@Override
	public List<String> sheetNames() {
		return sheetNames;
	}

	/** Parses the first sheet, pushing each row into the sink; blocks until the sheet ends or the sink throws. */
	@Override
	public void parseFirstSheet(Consumer<SheetRow> sink) throws IOException, SAXException, ParserConfigurationException {
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new SheetRowCollector(sink).sheetHandler(styles, strings,
				new CellTextFormatter(date1904)));
		parser.parse(new InputSource(sheet));
	}

	@Override
	public void close() {
		try {
			sheet.close();
		}
		catch (IOException ex) {
			// read-only: nothing is lost, and the package is released below anyway
		}
		pkg.revert();
	}

	private static SharedStrings sharedStrings(OPCPackage pkg) throws IOException, SAXException,
			ParserConfigurationException {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return BoundedSharedStrings.empty();
		}
		return BoundedSharedStrings.read(
				streamed(parts.get(0).getInputStream(), WorkbookLimits.MAX_SHARED_STRINGS_BYTES, "the shared strings"));
	}

	/** A part read by streaming: POI's ratio guard off, our size limit on (see the class comment). */
	private static InputStream streamed(InputStream part, long limit, String what) {
		if (part instanceof ZipArchiveThresholdInputStream guarded) {
			guarded.setGuardState(false);
		}
		return new LimitedInputStream(part, limit, what);
	}

	private static boolean usesDate1904(InputStream workbookXml) throws IOException, SAXException,
			ParserConfigurationException {
		boolean[] date1904 = { false };
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("workbookPr".equals(localName)) {
					String value = attributes.getValue("date1904");
					date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
				}
			}
		});
		try (workbookXml) {
			parser.parse(new InputSource(workbookXml));
		}
		return date1904[0];
	}

	/** A zip that opened but is no spreadsheet we can read; the message is the reason, for a user. */
	static final class InvalidWorkbookException extends RuntimeException {

		InvalidWorkbookException(String reason) {
			super(reason);
		}

	}

}
