package io.homeward.platform.consolidation;

import java.io.ByteArrayOutputStream;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The libraries this module stands on load and work on this JVM: OR-Tools' native solvers
 * (CP-SAT and GLOP), ZXing and OpenPDF. A missing native library fails here first.
 */
class LibrariesLoadTests {

	@Test
	void cpSatSolvesATinyModel() {
		Loader.loadNativeLibraries();
		CpModel model = new CpModel();
		IntVar x = model.newIntVar(0, 10, "x");
		model.addGreaterOrEqual(x, 3);
		model.minimize(x);
		CpSolver solver = new CpSolver();
		assertThat(solver.solve(model)).isEqualTo(CpSolverStatus.OPTIMAL);
		assertThat(solver.value(x)).isEqualTo(3);
	}

	@Test
	void glopIsAvailable() {
		Loader.loadNativeLibraries();
		MPSolver glop = MPSolver.createSolver("GLOP");
		assertThat(glop).isNotNull();
	}

	@Test
	void zxingAndOpenPdfWrite() throws Exception {
		BitMatrix matrix = new QRCodeWriter().encode("https://id.gs1.org/00/106141411234567897", BarcodeFormat.QR_CODE,
				100, 100);
		assertThat(matrix.getWidth()).isEqualTo(100);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (Document document = new Document()) {
			PdfWriter.getInstance(document, pdf);
			document.open();
			document.add(new Paragraph("SSCC 106141411234567897"));
		}
		assertThat(new String(pdf.toByteArray(), 0, 5)).isEqualTo("%PDF-");
	}

}
