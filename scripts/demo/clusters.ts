/**
 * The 18 provincial clusters (กลุ่มจังหวัด) used for the demo reference data, as listed in the team brief
 * `indicators-fy2566.md` (from a public code file and the Royal Gazette announcement as summarised on Thai
 * Wikipedia). Bangkok is in no cluster: it is outside the measure.
 */
export const clusters: Record<string, string[]> = {
  'ภาคกลางตอนบน 1': ['นนทบุรี', 'ปทุมธานี', 'พระนครศรีอยุธยา', 'สระบุรี'],
  'ภาคกลางตอนบน 2': ['ชัยนาท', 'ลพบุรี', 'สิงห์บุรี', 'อ่างทอง'],
  // สมุทรปราการ: placed here as in the brief's source; the 2009 announcement has it in ภาคกลางตอนบน 1.
  'ภาคกลางตอนกลาง': ['ฉะเชิงเทรา', 'ปราจีนบุรี', 'สระแก้ว', 'นครนายก', 'สมุทรปราการ'],
  'ภาคกลางตอนล่าง 1': ['กาญจนบุรี', 'นครปฐม', 'ราชบุรี', 'สุพรรณบุรี'],
  'ภาคกลางตอนล่าง 2': ['ประจวบคีรีขันธ์', 'เพชรบุรี', 'สมุทรสาคร', 'สมุทรสงคราม'],
  'ภาคใต้ฝั่งอ่าวไทย': ['ชุมพร', 'สุราษฎร์ธานี', 'นครศรีธรรมราช', 'พัทลุง'],
  'ภาคใต้ฝั่งอันดามัน': ['ระนอง', 'พังงา', 'ภูเก็ต', 'กระบี่', 'ตรัง'],
  'ภาคใต้ชายแดน': ['สงขลา', 'สตูล', 'ปัตตานี', 'ยะลา', 'นราธิวาส'],
  'ภาคตะวันออก': ['จันทบุรี', 'ชลบุรี', 'ระยอง', 'ตราด'],
  // บึงกาฬ (created 2011 from หนองคาย): placed by geography.
  'ภาคตะวันออกเฉียงเหนือตอนบน 1': ['หนองคาย', 'เลย', 'อุดรธานี', 'หนองบัวลำภู', 'บึงกาฬ'],
  'ภาคตะวันออกเฉียงเหนือตอนบน 2': ['นครพนม', 'มุกดาหาร', 'สกลนคร'],
  'ภาคตะวันออกเฉียงเหนือตอนกลาง': ['ร้อยเอ็ด', 'ขอนแก่น', 'มหาสารคาม', 'กาฬสินธุ์'],
  'ภาคตะวันออกเฉียงเหนือตอนล่าง 1': ['อำนาจเจริญ', 'ศรีสะเกษ', 'ยโสธร', 'อุบลราชธานี'],
  'ภาคตะวันออกเฉียงเหนือตอนล่าง 2': ['สุรินทร์', 'นครราชสีมา', 'บุรีรัมย์', 'ชัยภูมิ'],
  'ภาคเหนือตอนบน 1': ['เชียงใหม่', 'แม่ฮ่องสอน', 'ลำปาง', 'ลำพูน'],
  'ภาคเหนือตอนบน 2': ['น่าน', 'พะเยา', 'เชียงราย', 'แพร่'],
  'ภาคเหนือตอนล่าง 1': ['ตาก', 'พิษณุโลก', 'สุโขทัย', 'เพชรบูรณ์', 'อุตรดิตถ์'],
  'ภาคเหนือตอนล่าง 2': ['กำแพงเพชร', 'พิจิตร', 'นครสวรรค์', 'อุทัยธานี'],
};

export const clusterSource =
  '18 provincial clusters (กลุ่มจังหวัด), 76 provinces, as listed in the team brief indicators-fy2566.md, ' +
  'which took them from a public code file and the Royal Gazette announcement as summarised on Thai Wikipedia. ' +
  'Two placements are uncertain: สมุทรปราการ is in ภาคกลางตอนกลาง here but in ภาคกลางตอนบน 1 in the 2009 announcement; ' +
  'บึงกาฬ (split from หนองคาย in 2011) is placed in ภาคตะวันออกเฉียงเหนือตอนบน 1 by geography. ' +
  'Bangkok (TH-10) is outside the measure and in no cluster. Treat clusters as configurable data.';
