// Kurdish given names and family names (Kurmanji and Sorani, Syria, Iraq, Iran, Turkey), with and
// without Kurdish letters (Hêvî/Hevi). Names shared with Arabic, Persian or Turkish live there.

export const KURDISH_GIVEN_NAMES = `
Azad Aram Diyar Kawa Rojhat Welat Zana Dilan Berivan Rojin Rojda Zozan Hevin Hêvî Hevi Jiyan Shilan
Şilan Rezan Rêzan Ronahi Roj Nishtiman Sherwan Shirwan Sirwan Rebwar Hemin Hawre Hawar Hogir Karwan
Kardo Kamaran Ranj Renas Rênas Rizgar Shoresh Soran Shvan Şivan Siyabend Warya Zirak Zhiar Ziyar
Barzan Botan Cudi Delal Dilovan Dilşad Dilshad Evin Gulistan Helin Hêlîn Jînda Jinda Lorin Narin Nergiz
Nazdar Perwin Rengin Rojbin Roza Sozdar Şêrîn Viyan Xezal Xelil Xalid Behrouz Bakhtiyar
Bahoz Berzan Bewar Dara Goran Hejar Jiwan Kovan Peshawa Rawand Rebin Shaho Shkar Shano Ako Aso Bawan
Chiya Darya Zhino Zhila Avesta Bêrîvan Biryar Ciwan Dilbirin Dilkhwaz Hozan Kajal Nesrin Nishan
Rozerin Rûken Ruken Şervan Servan Zeki Zerdeşt Zilan Mizgin Ferhad Hişyar Hishyar Nechirvan
Khidr Khider Naif Nadir Ezidxan Jwan Shene Srwa Tavga Vian
`;

export const KURDISH_FAMILY_NAMES = `
Barzani Talabani Zebari Hawrami Barzinji Doski Duhoki Sindi Shingali Sinjari Amedi Bamarni Mirani
Mizuri Herki Surchi Dizayee Baban Rekani Goyi Xoshnaw Khoshnaw Baradost Jaff Mukriyani Hawezi Sharafkandi
Qasim Rashow Sileman Şêxo Sexo Ibo Hemo Meho Biro Osê Ose Cemil Haco
`;
