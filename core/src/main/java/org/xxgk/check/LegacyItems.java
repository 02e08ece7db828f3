package org.xxgk.check;

/**
 * The indicators of the pre-2019 statistics table (政府信息公开情况统计表) that the rules need, by
 * label: one table, so that a regional wording is added in one place. Patterns match the label
 * without its printed number and without 其中. The parts of a sum are not here: they are the rows
 * the numbering puts below the total ({@link LegacyRules.Sum}); a child here is an item a prose
 * figure names on its own (按时办结数).
 */
final class LegacyItems {

    private LegacyItems() {}

    static final LabelPath ACTIVE_TOTAL = LabelPath.of("(一)主动公开政府信息数", "^主动公开(政府)?(信息|文件)(总)?数");
    static final LabelPath CHANNELS = LabelPath.of("(二)通过不同渠道和方式公开政府信息的情况", "^(通过)?不同(的)?渠道");
    static final LabelPath WEBSITE = CHANNELS.child("政府网站公开政府信息数", "政府网站");

    static final LabelPath HOTSPOTS = LabelPath.of("(一)回应公众关注热点或重大舆情数", "回应.*(热点|舆情)");
    static final LabelPath POLICY_INTERPRETATIONS = LabelPath.of("政策解读稿件发布数", "政策解读");

    static final LabelPath RECEIVED = LabelPath.of("(一)收到申请数", "^(收到|受理).*申请");

    static final LabelPath COMPLETED = LabelPath.of("(二)申请办结数", "^(申请)?办结");
    static final LabelPath COMPLETED_ON_TIME = COMPLETED.child("按时办结数", "按时");
    static final LabelPath COMPLETED_LATE = COMPLETED.child("延期办结数", "延期");

    static final LabelPath REPLIES = LabelPath.of("(三)申请答复数", "^(对)?(申请的?)?答复");
    static final LabelPath ALREADY_PUBLIC = REPLIES.child("属于已主动公开范围数", "已主动公开|主动公开范围");
    static final LabelPath GRANTED = REPLIES.child("同意公开答复数", "^同意公开");
    static final LabelPath PARTLY_GRANTED = REPLIES.child("同意部分公开答复数", "部分公开");
    static final LabelPath REFUSED = REPLIES.child("不同意公开答复数", "^不同意公开|^不予公开|^否决公开");
    static final LabelPath NOT_THIS_AGENCY = REPLIES.child("不属于本行政机关公开数", "不属于本");
    static final LabelPath NOT_EXISTING = REPLIES.child("申请信息不存在数", "不存在");
    static final LabelPath TOLD_TO_CHANGE = REPLIES.child("告知作出更改补充数", "更改|补充");
    static final LabelPath TOLD_OTHER_CHANNEL = REPLIES.child("告知通过其他途径办理数", "其他途径");

    static final LabelPath RECONSIDERATION = LabelPath.of("行政复议数量", "^行政复议");
    static final LabelPath RECONSIDERATION_UPHELD = RECONSIDERATION.child("维持具体行政行为数", "维持");
    static final LabelPath RECONSIDERATION_CORRECTED = RECONSIDERATION.child("被依法纠错数", "纠错|纠正");
    static final LabelPath RECONSIDERATION_OTHER = RECONSIDERATION.child("其他情形数", "^其他");
    static final LabelPath LITIGATION = LabelPath.of("行政诉讼数量", "^行政诉讼");
    static final LabelPath LITIGATION_UPHELD = LITIGATION.child("维持具体行政行为或者驳回原告诉讼请求数", "维持|驳回");
    static final LabelPath LITIGATION_CORRECTED = LITIGATION.child("被依法纠错数", "纠错|纠正");
    static final LabelPath LITIGATION_OTHER = LITIGATION.child("其他情形数", "^其他");

    static final LabelPath FEES = LabelPath.of("依申请公开信息收取的费用", "收取.*费用");
    static final LabelPath BODIES = LabelPath.of("政府信息公开工作专门机构数", "专门机构");
    static final LabelPath READING_ROOMS = LabelPath.of("设置政府信息公开查阅点数", "查阅(点|场所|室|中心)");
    static final LabelPath STAFF = LabelPath.of("从事政府信息公开工作人员数", "从事.*人员");
    static final LabelPath FULL_TIME_STAFF = STAFF.child("专职人员数", "专职");
    static final LabelPath PART_TIME_STAFF = STAFF.child("兼职人员数", "兼职");
    static final LabelPath SPECIAL_FUNDS = LabelPath.of("政府信息公开专项经费", "专项经费");
    static final LabelPath MEETINGS = LabelPath.of("召开政府信息公开工作会议或专题会议数", "召开.*会议");
    static final LabelPath TRAINING_SESSIONS = LabelPath.of("举办各类培训班数", "培训班");
    static final LabelPath TRAINEES = LabelPath.of("接受培训人员数", "接受培训|培训人(员|次)");
}
