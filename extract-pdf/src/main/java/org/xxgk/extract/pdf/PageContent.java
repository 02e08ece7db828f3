package org.xxgk.extract.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import technology.tabula.Page;
import technology.tabula.PageDims;
import technology.tabula.Rectangle;
import technology.tabula.RectangleSpatialIndex;
import technology.tabula.Ruling;
import technology.tabula.TextElement;
import technology.tabula.TextStripper;
import technology.tabula.Utils;

/**
 * Every page of a document as the Tabula {@link Page} that Tabula's own {@code ObjectExtractor}
 * builds (its glyphs and its ruling lines), from one pass over each content stream instead of two.
 * Tabula parses a page twice: its {@link TextStripper} for the text and a graphics engine for the
 * rules. Here the text stripper also follows the path operators, so that parsing, fonts and
 * graphics state are done once, and the whole document is one run of the stripper.
 *
 * <p>What comes out is what the two passes gave, element for element:
 * <ul>
 *   <li>glyphs: Tabula's {@link TextStripper} itself reads the page (its font heights included);
 *       only its last step, turning each {@code TextPosition} into a {@link TextElement}, is done
 *       here, in the same order and with the same filters, the coordinates rounded by
 *       {@link Coordinates#round2} instead of through a {@code BigDecimal} each;</li>
 *   <li>rules: the straight segments of every painted path, in page space with y growing
 *       downwards, cut to the clip (which takes effect at the {@code n} ending its path), a path
 *       with a curve being no rule. The drawing procedures of Type 3 glyphs are never run, as a
 *       text stripper never runs them: a glyph's strokes (the boxes of {@code 中}, {@code 申},
 *       {@code 目} in Chromium's Type 3 CJK fonts) are no table rules. One difference from Tabula
 *       1.0.5: it reads one segment past the end of each path and adds an oblique phantom line to
 *       a stale point, which collapsing drops but which pulls the snapped ends of real rules by a
 *       few hundredths of a point; that is not reproduced.</li>
 * </ul>
 * A page without a content stream comes out as a page without glyphs or rules.
 */
final class PageContent extends TextStripper {

    /** Takes each page as soon as it is read, first page first. */
    interface PageSink {
        void accept(Page page) throws IOException;
    }

    private static final String NBSP = "\u00A0";
    /** Tabula's filters of blank glyphs (its {@code TextStripper}): taller than this many average heights ... */
    private static final float BLANK_HEIGHT_FACTOR = 6.0f;
    /** ... or a font size outside these. */
    private static final float MAX_BLANK_FONT_SIZE = 40.0f;
    private static final float MIN_BLANK_FONT_SIZE = 2.0f;
    private static final float MIN_RULING_LENGTH = 0.01f;

    private final PDDocument pdf;
    private final PageSink sink;
    /** The last page handed to the sink. */
    private int done;

    // the page being read
    private List<TextElement> elements = new ArrayList<>();
    private RectangleSpatialIndex<TextElement> index = new RectangleSpatialIndex<>();
    private float minCharWidth;
    private float minCharHeight;
    private float totalHeight;
    private int countHeight;
    private List<Ruling> rulings = new ArrayList<>();
    private AffineTransform toPage = new AffineTransform();
    private final GeneralPath path = new GeneralPath();
    private int clipRule = -1;

    private PageContent(PDDocument document, PageSink sink) throws IOException {
        super(document, 1);
        this.pdf = document;
        this.sink = sink;
        setEndPage(Integer.MAX_VALUE);
        for (String name : new String[] {
            OperatorName.MOVE_TO,
            OperatorName.LINE_TO,
            OperatorName.CURVE_TO,
            OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT,
            OperatorName.CURVE_TO_REPLICATE_FINAL_POINT,
            OperatorName.CLOSE_PATH,
            OperatorName.APPEND_RECT,
            OperatorName.STROKE_PATH,
            OperatorName.CLOSE_AND_STROKE,
            OperatorName.FILL_NON_ZERO,
            OperatorName.LEGACY_FILL_NON_ZERO,
            OperatorName.FILL_EVEN_ODD,
            OperatorName.FILL_NON_ZERO_AND_STROKE,
            OperatorName.FILL_EVEN_ODD_AND_STROKE,
            OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE,
            OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE,
            OperatorName.ENDPATH,
            OperatorName.CLIP_NON_ZERO,
            OperatorName.CLIP_EVEN_ODD
        }) {
            addOperator(new PathOperator(name));
        }
    }

    /** Reads every page of {@code document} in one pass and hands each to {@code sink}, in page order. */
    static void read(PDDocument document, PageSink sink) throws IOException {
        PageContent content = new PageContent(document, sink);
        content.writeText(document, Writer.nullWriter());
        content.emptyPagesUpTo(document.getNumberOfPages());
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        int number = getCurrentPageNo();
        emptyPagesUpTo(number - 1);
        startPageState(page);
        super.processPage(page);
        done = number;
        sink.accept(build(page, number));
    }

    /** Hands on the pages before {@code number} (inclusive) that the stripper skipped, having no content stream. */
    private void emptyPagesUpTo(int number) throws IOException {
        while (done < number) {
            PDPage page = pdf.getPage(done);
            startPageState(page);
            done++;
            sink.accept(build(page, done));
        }
    }

    private void startPageState(PDPage page) {
        elements = new ArrayList<>();
        index = new RectangleSpatialIndex<>();
        minCharWidth = Float.MAX_VALUE;
        minCharHeight = Float.MAX_VALUE;
        totalHeight = 0;
        countHeight = 0;
        rulings = new ArrayList<>();
        path.reset();
        clipRule = -1;
        PDRectangle crop = page.getCropBox();
        int rotation = page.getRotation();
        AffineTransform t;
        if (Math.abs(rotation) == 90 || Math.abs(rotation) == 270) {
            t = AffineTransform.getRotateInstance(Math.toRadians(rotation), 0, 0);
        } else {
            t = AffineTransform.getTranslateInstance(0, crop.getHeight());
        }
        t.concatenate(AffineTransform.getScaleInstance(1, -1));
        t.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
        toPage = t;
    }

    @SuppressWarnings("deprecation") // ILL_DEFINED_ORDER: the order Tabula's own extractor leaves the glyphs in
    private Page build(PDPage page, int number) {
        Utils.sort(elements, Rectangle.ILL_DEFINED_ORDER);
        PDRectangle crop = page.getCropBox();
        int rotation = page.getRotation();
        boolean turned = Math.abs(rotation) == 90 || Math.abs(rotation) == 270;
        float width = turned ? crop.getHeight() : crop.getWidth();
        float height = turned ? crop.getWidth() : crop.getHeight();
        return Page.Builder.newInstance()
                .withPageDims(PageDims.of(0, 0, width, height))
                .withRotation(rotation)
                .withNumber(number)
                .withPdPage(page)
                .withPdDocument(pdf)
                .withRulings(rulings)
                .withTextElements(elements)
                .withMinCharWidth(minCharWidth)
                .withMinCharHeight(minCharHeight)
                .withIndex(index)
                .build();
    }

    /**
     * The page's glyphs in the order the stripper collected them (by article, then as drawn), each
     * as Tabula's {@code TextStripper} makes it; the lines and words that {@code PDFTextStripper}
     * would build from them for its text output are not needed and not built.
     */
    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition position : article) {
                if (position != null && position.getUnicode() != null) add(position);
            }
        }
    }

    private void add(TextPosition position) {
        String c = position.getUnicode();
        if (!printable(c)) return;
        float h = position.getHeightDir();
        if (c.equals(NBSP)) c = " ";
        TextElement te = new TextElement(Coordinates.round2(position.getYDirAdj() - h),
                Coordinates.round2(position.getXDirAdj()), Coordinates.round2(position.getWidthDirAdj()),
                Coordinates.round2(position.getHeightDir()), position.getFont(), position.getFontSizeInPt(), c,
                position.getWidthOfSpace(), position.getDir());
        minCharWidth = (float) Math.min(minCharWidth, te.getWidth());
        minCharHeight = (float) Math.min(minCharHeight, te.getHeight());
        countHeight++;
        totalHeight += te.getHeight();
        float averageHeight = totalHeight / countHeight;
        if (c.trim().isEmpty()) {
            // a blank far taller than the text so far, or in an odd font size, is dropped (it would throw off row
            // heights)
            if (averageHeight > 0 && te.getHeight() >= averageHeight * BLANK_HEIGHT_FACTOR) return;
            float size = position.getFontSizeInPt();
            if (size > MAX_BLANK_FONT_SIZE || size < MIN_BLANK_FONT_SIZE) return;
        }
        index.add(te);
        elements.add(te);
    }

    /**
     * Whether some character of {@code s} is neither a control character nor outside every Unicode block or in
     * Specials.
     */
    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (!Character.isISOControl(c) && block != null && block != Character.UnicodeBlock.SPECIALS) return true;
        }
        return false;
    }

    // ---- rulings: the path operators, which a text stripper otherwise ignores

    /** One path construction, painting or clipping operator, in page space as PDFBox's graphics engine gives it. */
    private final class PathOperator extends OperatorProcessor {

        private final String name;

        PathOperator(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            switch (name) {
                case OperatorName.MOVE_TO -> {
                    Point2D.Float p = point(operator, operands, 0);
                    if (p != null) path.moveTo(p.x, p.y);
                }
                case OperatorName.LINE_TO -> {
                    Point2D.Float p = point(operator, operands, 0);
                    if (p == null) return;
                    if (path.getCurrentPoint() == null) {
                        path.moveTo(p.x, p.y);
                    } else {
                        path.lineTo(p.x, p.y);
                    }
                }
                case OperatorName.CURVE_TO -> {
                    if (!numbers(operator, operands, 6)) return;
                    Point2D.Float p1 = point(operands, 0), p2 = point(operands, 2), p3 = point(operands, 4);
                    if (path.getCurrentPoint() == null) {
                        path.moveTo(p3.x, p3.y);
                    } else {
                        path.curveTo(p1.x, p1.y, p2.x, p2.y, p3.x, p3.y);
                    }
                }
                case OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT -> {
                    if (!numbers(operator, operands, 4)) return;
                    Point2D current = path.getCurrentPoint();
                    Point2D.Float p2 = point(operands, 0), p3 = point(operands, 2);
                    if (current == null) {
                        path.moveTo(p3.x, p3.y);
                    } else {
                        path.curveTo((float) current.getX(), (float) current.getY(), p2.x, p2.y, p3.x, p3.y);
                    }
                }
                case OperatorName.CURVE_TO_REPLICATE_FINAL_POINT -> {
                    if (!numbers(operator, operands, 4)) return;
                    Point2D.Float p1 = point(operands, 0), p3 = point(operands, 2);
                    if (path.getCurrentPoint() == null) {
                        // as for c and v (PDFBox's own y would throw from GeneralPath)
                        path.moveTo(p3.x, p3.y);
                    } else {
                        path.curveTo(p1.x, p1.y, p3.x, p3.y, p3.x, p3.y);
                    }
                }
                case OperatorName.CLOSE_PATH -> close();
                case OperatorName.APPEND_RECT -> {
                    if (!numbers(operator, operands, 4)) return;
                    float x1 = ((COSNumber) operands.get(0)).floatValue();
                    float y1 = ((COSNumber) operands.get(1)).floatValue();
                    float x2 = ((COSNumber) operands.get(2)).floatValue() + x1;
                    float y2 = ((COSNumber) operands.get(3)).floatValue() + y1;
                    Point2D.Float p0 = transformedPoint(x1, y1), p1 = transformedPoint(x2, y1);
                    Point2D.Float p2 = transformedPoint(x2, y2), p3 = transformedPoint(x1, y2);
                    path.moveTo(p0.x, p0.y);
                    path.lineTo(p1.x, p1.y);
                    path.lineTo(p2.x, p2.y);
                    path.lineTo(p3.x, p3.y);
                    path.closePath();
                }
                case OperatorName.STROKE_PATH,
                        OperatorName.FILL_NON_ZERO,
                        OperatorName.LEGACY_FILL_NON_ZERO,
                        OperatorName.FILL_EVEN_ODD,
                        OperatorName.FILL_NON_ZERO_AND_STROKE,
                        OperatorName.FILL_EVEN_ODD_AND_STROKE -> paint();
                case OperatorName.CLOSE_AND_STROKE,
                        OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE,
                        OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE -> {
                    close();
                    paint();
                }
                case OperatorName.ENDPATH -> {
                    if (clipRule != -1) {
                        path.setWindingRule(clipRule);
                        getGraphicsState().intersectClippingPath(path);
                        clipRule = -1;
                    }
                    path.reset();
                }
                case OperatorName.CLIP_NON_ZERO -> clipRule = Path2D.WIND_NON_ZERO;
                case OperatorName.CLIP_EVEN_ODD -> clipRule = Path2D.WIND_EVEN_ODD;
                default -> throw new IllegalStateException("not a path operator: " + name);
            }
        }

        private void close() {
            if (path.getCurrentPoint() != null) path.closePath();
        }

        /**
         * Whether the first {@code count} operands are numbers (PDFBox skips the operator otherwise); too few throws.
         */
        private boolean numbers(Operator operator, List<COSBase> operands, int count) throws MissingOperandException {
            if (operands.size() < count) throw new MissingOperandException(operator, operands);
            return checkArrayTypesClass(operands, COSNumber.class);
        }

        /** The point at {@code operands[i], operands[i + 1]} in device space, or null when they are no numbers. */
        private Point2D.Float point(Operator operator, List<COSBase> operands, int i) throws MissingOperandException {
            if (operands.size() < i + 2) throw new MissingOperandException(operator, operands);
            if (!(operands.get(i) instanceof COSNumber) || !(operands.get(i + 1) instanceof COSNumber)) return null;
            return point(operands, i);
        }

        private Point2D.Float point(List<COSBase> operands, int i) {
            return transformedPoint(
                    ((COSNumber) operands.get(i)).floatValue(), ((COSNumber) operands.get(i + 1)).floatValue());
        }
    }

    /** The segments of the current path as rulings, when it is made of straight lines only; then a new path. */
    private void paint() {
        if (!straight()) {
            path.reset();
            return;
        }
        Rectangle2D clip = toPage.createTransformedShape(getGraphicsState().getCurrentClippingPath()).getBounds2D();
        PathIterator it = path.getPathIterator(toPage);
        float[] c = new float[6];
        it.currentSegment(c);
        Point2D.Float start = new Point2D.Float(Coordinates.round2(c[0]), Coordinates.round2(c[1]));
        Point2D.Float subpath = start;
        Point2D.Float end = null;
        for (it.next(); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_LINETO -> {
                    end = new Point2D.Float(c[0], c[1]);
                    add(start, end, clip);
                }
                case PathIterator.SEG_MOVETO -> {
                    subpath = new Point2D.Float(c[0], c[1]);
                    end = subpath;
                }
                case PathIterator.SEG_CLOSE -> {
                    if (end != null) add(end, subpath, clip);
                }
                default -> { }
            }
            start = end;
        }
        path.reset();
    }

    /** Whether the path starts with a move and has no curve. */
    private boolean straight() {
        PathIterator it = path.getPathIterator(null);
        if (it.isDone()) return false;
        float[] c = new float[6];
        if (it.currentSegment(c) != PathIterator.SEG_MOVETO) return false;
        for (it.next(); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type != PathIterator.SEG_LINETO && type != PathIterator.SEG_CLOSE && type != PathIterator.SEG_MOVETO)
                return false;
        }
        return true;
    }

    private void add(Point2D.Float a, Point2D.Float b, Rectangle2D clip) {
        if (a == null || b == null) return;
        Line2D.Float line = before(a, b) ? new Line2D.Float(a, b) : new Line2D.Float(b, a);
        if (!line.intersects(clip)) return;
        Ruling ruling = new Ruling(line.getP1(), line.getP2()).intersect(clip);
        if (ruling.length() > MIN_RULING_LENGTH) rulings.add(ruling);
    }

    /** Tabula's point order: by y, then x, both rounded to 2 decimals. */
    private static boolean before(Point2D a, Point2D b) {
        float ay = Coordinates.round2(a.getY()), by = Coordinates.round2(b.getY());
        if (ay != by) return ay < by;
        return Coordinates.round2(a.getX()) < Coordinates.round2(b.getX());
    }
}
