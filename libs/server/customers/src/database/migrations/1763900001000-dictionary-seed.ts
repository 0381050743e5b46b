import { MigrationInterface, QueryRunner } from 'typeorm';

type Entry = [key: string, labelEn: string, labelZh: string];

// The lists forms and reports start with (SPEC 1.6); admins add, relabel and deactivate entries.
export const DICTIONARY_SEED: Record<string, Entry[]> = {
  customer_tier: [
    ['vip', 'VIP', 'VIP客户'],
    ['major', 'Major', '主要客户'],
    ['ordinary', 'Ordinary', '普通客户'],
    ['small', 'Small', '小客户'],
  ],
  region: [
    ['east_china', 'East China', '华东'],
    ['north_china', 'North China', '华北'],
    ['south_china', 'South China', '华南'],
    ['central_china', 'Central China', '华中'],
    ['southwest', 'Southwest China', '西南'],
    ['northwest', 'Northwest China', '西北'],
    ['northeast', 'Northeast China', '东北'],
    ['hk_macao_taiwan', 'Hong Kong, Macao and Taiwan', '港澳台'],
    ['overseas', 'Overseas', '海外'],
  ],
  industry: [
    ['manufacturing', 'Manufacturing', '制造业'],
    ['retail', 'Retail', '零售'],
    ['wholesale', 'Wholesale and distribution', '批发分销'],
    ['finance', 'Banking and finance', '金融'],
    ['insurance', 'Insurance', '保险'],
    ['it_software', 'IT and software', '信息技术/软件'],
    ['telecom', 'Telecommunications', '电信'],
    ['healthcare', 'Healthcare and pharma', '医疗医药'],
    ['education', 'Education', '教育'],
    ['government', 'Government and public sector', '政府及公共事业'],
    ['real_estate', 'Real estate', '房地产'],
    ['construction', 'Construction', '建筑工程'],
    ['logistics', 'Logistics and transport', '物流运输'],
    ['energy', 'Energy and utilities', '能源'],
    ['automotive', 'Automotive', '汽车'],
    ['hospitality', 'Hotels and catering', '酒店餐饮'],
    ['media', 'Media and advertising', '传媒广告'],
    ['agriculture', 'Agriculture', '农业'],
    ['professional_services', 'Professional services', '专业服务'],
    ['other', 'Other', '其他'],
  ],
  customer_source: [
    ['advertising', 'Advertising', '广告'],
    ['trade_show', 'Trade show', '展会'],
    ['referral', 'Referral', '转介绍'],
    ['website', 'Website', '网站'],
    ['telemarketing', 'Telemarketing', '电话营销'],
    ['cold_visit', 'Cold visit', '陌生拜访'],
    ['social_media', 'Social media', '社交媒体'],
    ['partner', 'Partner', '合作伙伴'],
    ['campaign', 'Marketing campaign', '营销活动'],
    ['inbound', 'Inbound enquiry', '客户来电/来访'],
    ['other', 'Other', '其他'],
  ],
  lead_source: [
    ['advertising', 'Advertising', '广告'],
    ['trade_show', 'Trade show', '展会'],
    ['referral', 'Referral', '转介绍'],
    ['website', 'Website', '网站'],
    ['telemarketing', 'Telemarketing', '电话营销'],
    ['social_media', 'Social media', '社交媒体'],
    ['campaign', 'Marketing campaign', '营销活动'],
    ['call_center', 'Call center', '呼叫中心'],
    ['other', 'Other', '其他'],
  ],
  interaction_type: [
    ['visit', 'Visit', '拜访'],
    ['call', 'Phone call', '电话'],
    ['email', 'Email', '邮件'],
    ['meeting', 'Meeting', '会议'],
    ['chat', 'Chat', '在线沟通'],
    ['event', 'Event', '活动'],
    ['letter', 'Letter', '信函'],
  ],
  service_type: [
    ['consultation', 'Consultation', '咨询'],
    ['suggestion', 'Suggestion', '建议'],
    ['complaint', 'Complaint', '投诉'],
    ['repair', 'Repair', '维修'],
    ['return', 'Return or exchange', '退换货'],
    ['installation', 'Installation', '安装'],
    ['training', 'Training', '培训'],
    ['maintenance', 'Maintenance', '保养'],
  ],
  // The churn-cause taxonomy (SPEC 4) classifies both complaints and churn.
  complaint_category: [
    ['price', 'Price', '价格'],
    ['inconvenience', 'Inconvenience', '不便'],
    ['core_service_failure', 'Core service failure', '核心服务失误'],
    ['staff_behaviour', 'Staff behaviour', '服务人员行为'],
    ['response_to_failure', 'Response to a service failure', '对服务失误的反应'],
    ['competition', 'Competition', '竞争'],
    ['ethics', 'Ethical problems', '道德问题'],
    ['involuntary', 'Involuntary', '非自愿因素'],
  ],
  churn_reason: [
    ['price', 'Price too high', '价格过高'],
    ['inconvenience', 'Inconvenience (location, hours, waiting)', '不便（地点、时间、等待）'],
    ['core_service_failure', 'Core service failure', '核心服务失误'],
    ['staff_behaviour', 'Staff behaviour', '服务人员行为不当'],
    ['response_to_failure', 'Poor response to a service failure', '对服务失误反应不当'],
    ['competition', 'Won by a competitor', '被竞争对手吸引'],
    ['ethics', 'Ethical problems', '道德问题'],
    ['involuntary', 'Involuntary (moved, closed down)', '非自愿流失（搬迁、倒闭等）'],
  ],
  complaint_channel: [
    ['hotline', 'Hotline', '投诉热线'],
    ['hotline_24h', '24-hour line', '24小时热线'],
    ['web', 'Website', '网站'],
    ['email', 'Email', '电子邮件'],
    ['suggestion_box', 'Suggestion box', '意见箱'],
  ],
  payment_method: [
    ['bank_transfer', 'Bank transfer', '银行转账'],
    ['cash', 'Cash', '现金'],
    ['cheque', 'Cheque', '支票'],
    ['card', 'Bank card', '银行卡'],
    ['alipay', 'Alipay', '支付宝'],
    ['wechat_pay', 'WeChat Pay', '微信支付'],
    ['bank_acceptance', "Banker's acceptance", '银行承兑汇票'],
  ],
  product_unit: [
    ['piece', 'Piece', '件'],
    ['set', 'Set', '套'],
    ['unit', 'Unit', '台'],
    ['box', 'Box', '箱'],
    ['kg', 'Kilogram', '千克'],
    ['ton', 'Ton', '吨'],
    ['metre', 'Metre', '米'],
    ['hour', 'Hour', '小时'],
    ['licence', 'Licence', '许可'],
    ['year', 'Year', '年'],
  ],
  competitor_strength: [
    ['strong', 'Strong', '强'],
    ['medium', 'Medium', '中'],
    ['weak', 'Weak', '弱'],
  ],
};

export class DictionarySeed1763900001000 implements MigrationInterface {
  name = 'DictionarySeed1763900001000';

  async up(q: QueryRunner): Promise<void> {
    for (const [type, entries] of Object.entries(DICTIONARY_SEED)) {
      for (const [i, [key, labelEn, labelZh]] of entries.entries()) {
        await q.query(
          `INSERT INTO dictionary_entries (type, key, label_en, label_zh, sort_order)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (type, key) DO NOTHING`,
          [type, key, labelEn, labelZh, (i + 1) * 10],
        );
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM dictionary_entries WHERE type = ANY($1)`, [Object.keys(DICTIONARY_SEED)]);
  }
}
