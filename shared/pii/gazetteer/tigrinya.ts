// Tigrinya and other Eritrean/Ethiopian names. Family names are usually the father's given name,
// so both lists overlap; compound names built from Gebre-, Tesfa-, Haile-, Welde- … are caught
// by the prefix rule in ../gazetteer/index.ts as well.

export const TIGRINYA_GIVEN_NAMES = `
Tesfay Tesfaye Tesfu Haile Hailu Yonas Yohannes Kidane Mehari Berhane Berhe Gebre Tekle Teklay Abraham
Samuel Senait Saba Mulu Selam Semhar Filmon Filimon Ermias Mussie Musie Aman Amanuel Yemane Weldu
Hagos Tsegay Tsegai Mebrahtu Kiflom Habtom Fitsum Yordanos Luwam Winta Eden Rahel Merhawi Mikael Dawit
Efrem Ephrem Isaias Isayas Yosief Temesgen Tewelde Tedros Teklit Tekie Zerai Zeray Goitom Ghirmay
Girmay Negassi Okbay Robel Sirak Solomon Tesfalem Tesfamichael Henok Natnael Nahom Awet Biniam Bereket
Eyob Habtu Kibrom Kahsay Medhanie Medhane Mengsteab Meron Mesfin Mogos Nebiat Russom Samson Saron
Selamawit Semere Senay Sewit Tigist Tirhas Tsega Tsion Hiwet Letay Azmera Freweyni Mebrat Abrehet
Adiam Aklilu Almaz Aster Ariam Feven Hirut Kidist Lemlem Lidia Mahlet Meaza Mehret Nardos Rediet
Tsehay Yodit Zewdi Ghidey Kokob Mihret Nigisti Selemawit Abel Aron Daniel Elsa Helen Ruth Hanna Meseret
Abeba Abrham Alem Alganesh Amleset Berhan Eyerusalem Fanuel Ghenet Haben Kiros Milkias Salih Simret
Tekeste Tekia Yakob Yared Yirgalem Zebib Zemichael Zufan
`;

export const TIGRINYA_FAMILY_NAMES = `
Tesfamariam Gebremichael Gebreyohannes Habte Woldu Ghebremedhin Gebremedhin Asmerom Andemariam Abraha
Tesfazghi Araya Negash Okbamichael Hailemariam Weldemichael Ghebrehiwet Fsehaye Ogbazghi
Teklehaimanot Gebrehiwet Gebrekidan Gebremariam Gebretsadik Haileselassie Ghebreab Tesfagiorgis Tewolde
Woldemariam Woldemichael Ghebrekidan Beyene Asfaha Bahta Desta Fisseha Ghebru Hadgu Kifle Ogbai Sium
Tecle Weldegebriel Ghebreselassie Andom Berhe Gebru Habtemariam Kesete Mehreteab Mengesha Tesfalidet
Tsehaye Zecarias Zekarias
`;
