/** The date field's words (client/components/DateField.tsx), Thai and English. */
export const dateFieldText = {
  th: {
    format: 'วว/ดด/ปปปป (พ.ศ.)',
    invalid: 'วันที่ไม่ถูกต้อง กรุณาระบุเป็น วัน/เดือน/ปี พ.ศ. เช่น 01/12/2569',
  },
  en: {
    format: 'dd/mm/yyyy',
    invalid: 'Not a date: type day/month/year, e.g. 01/12/2026',
  },
};
