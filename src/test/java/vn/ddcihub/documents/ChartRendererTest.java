package vn.ddcihub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import vn.ddcihub.documents.chart.ChartRenderer;

class ChartRendererTest {

	@Test
	void radarChartIsAPngOfTheRequestedSize() throws IOException {
		byte[] png = new ChartRenderer().radar(SamplePlan.radar(), 900, 700);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/radar.png"), png);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(900);
		assertThat(image.getHeight()).isEqualTo(700);
		assertThat(GraphicsEnvironment.isHeadless()).isTrue();
		assertThat(image.getRGB(450, 350)).isNotEqualTo(0xFFFFFFFF);
	}

	@Test
	void barChartIsAPngOfTheRequestedSize() throws IOException {
		BarChart chart = new BarChart("Điểm chỉ số thành phần năm 2019", SamplePlan.COMPONENTS,
				List.of(new ChartSeries("Năm 2019", List.of(5.71, 5.35, 5.86, 4.31, 5.16, 5.87, 5.49, 6.26), null),
						new ChartSeries("Trung vị khối", List.of(6.1, 6.0, 6.2, 5.9, 6.0, 6.1, 6.0, 6.0), "#999999")),
				10);
		byte[] png = new ChartRenderer().bar(chart, 1000, 700);
		Files.write(Path.of("target/bar.png"), png);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1000);
		assertThat(image.getHeight()).isEqualTo(700);
	}

	@Test
	void seriesMustMatchTheAxes() {
		assertThatThrownBy(() -> RadarChart.scores("", List.of("a", "b", "c"),
				List.of(new ChartSeries("x", List.of(1.0, 2.0), null))))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
