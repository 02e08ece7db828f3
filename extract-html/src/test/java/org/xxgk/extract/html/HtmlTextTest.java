package org.xxgk.extract.html;

import org.junit.jupiter.api.Test;
import org.xxgk.source.Provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xxgk.extract.html.HtmlFixtures.grids;
import static org.xxgk.extract.html.HtmlFixtures.html;
import static org.xxgk.extract.html.HtmlFixtures.texts;

/** Text outside tables as blocks in reading order; cell text joined as printed. */
class HtmlTextTest {

    @Test
    void blocksFollowParagraphsHeadingsDivsAndBreaks() {
        var doc = html(
                "<body><h1>年度报告</h1><div>引言<p>第一段</p>尾声</div><p>甲<br>乙<br/><br>丙</p><ul><li>一</li><li>二</li></ul></bod"
                        + "y>");

        assertThat(texts(doc)).containsExactly("年度报告", "引言", "第一段", "尾声", "甲", "乙", "丙", "一", "二");
        assertThat(doc.textBlocks()).allSatisfy(b -> assertThat(b.provenance()).isEqualTo(Provenance.NONE));
    }

    @Test
    void chromeScriptsFormsAndHiddenElementsAreLeftOut() {
        var doc = html(
                "<html><head><title>标题栏</title><style>p{}</style></head><body><header>网站头</header><nav>导航</nav><script"
                        + ">var"
                    + " a = '脚本';</script><noscript>请启用</noscript><select><option>选项</option></select><form>表单<input"
                    + " value=输入><button>按钮</button></form><div hidden>隐藏1</div><div style=\"DISPLAY:"
                    + " none\">隐藏2</div><span style='visibility : hidden'>隐藏3</span>"
                    // attribute names in capitals: the parser lowers them, and they are looked up so
                    + "<div HIDDEN>隐藏4</div><p STYLE='Display:None'>隐藏5</p>"
                    + "<article><header><h1>文章标题</h1><p>日期:2021-01-29</p></header><p>正文</p><footer>文章脚注</footer></arti"
                            + "cle><footer>网站脚</footer><!--"
                    + " 注释 --></body></html>");

        assertThat(texts(doc)).containsExactly("表单", "文章标题", "日期:2021-01-29", "正文", "文章脚注");
    }

    @Test
    void whiteSpaceCollapsesAsInABrowserWithoutSplittingChineseOrNumbers() {
        var doc = html("<p>  政府信息\n   公开  工作 </p><p>2020 年\n度</p><p><span>112</span><span>46</span> 件</p>"
                + "<p>Open\ngovernment</p><p>全角２０２０　年</p><p>&nbsp;</p><p>\u3000</p><pre>第一行\n  第二行</pre>");

        assertThat(texts(doc))
                .containsExactly("政府信息公开 工作", "2020 年度", "11246 件", "Open government", "全角２０２０　年", "第一行", "  第二行");
    }

    @Test
    void cellLinesJoinWithoutSpacesBetweenChinese() {
        var doc = html("<table><tr><td>商业<br/>企业</td><td><p>结果</p><p>纠正</p></td><td>\n"
            + "  <p><span>11</span><span>246</span></p>\n"
            + "</td><td>&nbsp;2&nbsp;</td><td><p><br/></p></td><td><span>&nbsp;</span></td><td>Other<br>results</td><t"
                    + "d>增<span>69"
            + " </span></td><td><p class=MsoNormal><span lang=EN-US>0</span><span>&ensp;</span><span"
            + " lang=EN-US><o:p></o:p></span></p></td></tr></table>");

        assertThat(texts(grids(doc).get(0)).get(0))
                .containsExactly("商业企业", "结果纠正", "11246", "\u00A02\u00A0", "", "", "Other results", "增69", "0\u2002");
    }

    @Test
    void captionIsATextBlockBeforeItsTable() {
        var doc = html("<p>前</p><table><caption>政府信息公开情况统计表</caption><tr><td>1</td></tr></table><p>后</p>");

        assertThat(doc.blocks()).hasSize(4);
        assertThat(texts(doc)).containsExactly("前", "政府信息公开情况统计表", "后");
        assertThat(doc.blocks().get(2)).isSameAs(grids(doc).get(0));
    }

    @Test
    void hiddenStylesAreFoundWhateverTheirCaseAndWhiteSpace() {
        var doc = html("<div style=\"Display :\n N one\">a</div><p style=\"font-family:宋体;VISIBILITY: hidden\">b</p>"
                + "<p style=\"border:none;display:block\">c</p><p style=\"display:nonexistent\">d</p>"
                + "<p style=\"visibility:hid\">e</p><p style=\"x:y;\">f</p>");

        assertThat(texts(doc)).containsExactly("c", "e", "f");
    }
}
