// Arabic given names and family names, in the Latin spellings German documents and volunteers
// use (several transliterations each) and in Arabic script. Kept as plain word lists: the
// gazetteer index folds them (case, diacritics, Arabic letter variants) into one Set.

export const ARABIC_GIVEN_NAMES = `
Mohammed Mohammad Muhammad Mohamed Mohamad Muhammed Mohammet Mahomed Mhd Mohd Mhmd Mohamud Mohammedali Muhamed Mouhamad Mouhammad Mohamadou Hossain Hussien
Ahmad Ahmed Ahmet Achmed Mahmoud Mahmud Mahmood Mustafa Mostafa Moustafa Mustapha Hussein Hussain Husain
Housein Husein Hassan Hasan Hassane Ali Aly Omar Umar Omer Khaled Khalid Chaled Youssef Yousef Yusuf Yussuf
Youssif Yousif Yosef Jusuf Ibrahim Ebrahim Brahim Ismail Ismael Esmail Abdullah Abdallah Abdulla
Abdulrahman Abdelrahman Abdalrahman Abderrahmane Abdurrahman Abdulkarim Abdelkarim Abdulaziz Abdelaziz
Abdulkader Abdelkader Abdulkadir Abdulhamid Abdelhamid Abdulmajid Abdelmajid Abdulhadi Abdulsalam
Abdessalam Abdelghani Abdulwahab Abdelwahab Abdulqadir Abdulrazzaq Abdulnasser Abdo Abdou Tarek Tarik Tariq
Samer Samir Sameer Karim Kareem Rami Ramy Fadi Bassam Basel Bassel Bashar Hani Walid Waleed Nabil Jamil
Jameel Majid Majed Amjad Anas Anis Bilal Hamza Osama Usama Oussama Ayman Aiman Ammar Yasser Yasir Ziad
Ziyad Firas Feras Mazen Mohannad Muhannad Louay Loay Luay Rashid Rachid Raschid Saleh Salih Salah Sami
Adel Adil Adnan Nizar Zakaria Zakariya Zakarya Jihad Hadi Haitham Heitham Hisham Hicham Issa Mousa Musa
Moussa Suleiman Sulaiman Soliman Souleymane Yahya Younes Yunus Younis Jamal Kamal Faisal Faysal Fares
Faris Ghassan Hamed Hamid Marwan Nasser Naser Nasir Raed Riad Riyad Safwan Wael Wail Wissam Yazan Zaid
Zayd Zeid Amer Amir Ameer Anwar Aref Ashraf Ayham Aziz Badr Bakr Basim Bashir Dawood Dawud Eyad Iyad
Fahd Fuad Fouad Ghaith Haidar Haider Hamdi Hatem Hazem Hilal Hussam Husam Ihab Imad Emad Jaber Jalal
Jawad Kinan Laith Leith Maher Mahdi Mehdi Malek Malik Mamoun Mansour Modar Mounir Munir Moaz Muaz Mouaz
Muhsin Mohsen Munzer Mutaz Moutaz Nabeel Nadim Najib Nawaf Nour Noor Obaida Obada Omran Qais
Qusai Rabih Radwan Rafat Raouf Sabri Saad Sadiq Saeed Said Saif Sayf Salem Salim Sarmad Shadi Shady
Sharif Suhail Suhaib Sohaib Taha Talal Tamer Tamim Taim Tayseer Wajdi Wassim Yamen Yazid Zaher Zuhair
Abed Aboud Bahaa Diaa Alaa Osman Othman Uthman Qasim Kassem Kasim Hashem Hashim Hikmat Rida Reda
Tawfik Taufiq Yassin Yasin Hamoud Hamoudi Hamudi Abood Mody Moha Mohanad Muhammadali Khalil Ayoub
Ayyub Idris Ilyas Elias Yaser Shaker Sufian Sofian Ahmadali Nidal Maan Bakri Nael Kusai Mhmed
Fatima Fatma Fatimah Aisha Aischa Aicha Ayesha Maryam Mariam Meriem Zainab Zeinab Zaynab Zeynab Khadija
Khadidja Khadijah Amina Aminah Layla Leila Laila Leyla Lejla Noura Sara Sarah Rania Rasha Reem Hiba
Heba Dina Lina Huda Hoda Houda Asmaa Samira Salma Yasmin Yasmine Jasmin Yasmina Hanan Amal Iman
Eman Imane Nada Rana Ruba Doaa Duaa Ghada Manal Nisreen Nesreen Nisrin Rawan Rahaf Shaima Shaimaa Soha
Suha Suad Souad Wafaa Wafa Hala Maya Majd Ayat Batoul Batul Bushra Boushra Dalia Dalal Farah
Ghazal Jana Joud Jouri Lujain Loujain Malak Marwa Nadia Nadja Nawal Raghad Rima Rola Roula Sabah Safaa
Sahar Samah Shahd Tala Zahra Zeina Zaina Abeer Abir Afaf Ahlam Alia Aliya Amani Amira Areej Arwa Asil Aya
Ayah Basma Bayan Dima Dunia Donia Dunya Esraa Israa Fadia Fayza Ghalia Habiba Hadil Hadeel Hajar Hayat
Ibtisam Inas Jamila Jumana Kawthar Kaouther Lamis Lubna Maha Maisa Mayar Maysa Mais Mirna Mona Muna
Najla Najwa Nermin Nesma Nuha Ola Oula Raja Randa Rayan Razan Rihab Riham Rimas Ruqaya Roqaya
Safa Samar Sawsan Siham Sondos Sundus Tasnim Tasneem Wejdan Widad Yara Yusra Zahraa Ranim Lana Leen
Lamar Tuqa Nagham Shatha Aseel Sidra Hind Rahma Fairouz Rawda Hayfa Suzan Nesrine Iness
محمد أحمد احمد محمود مصطفى علي حسن حسين عمر خالد يوسف إبراهيم إسماعيل عبدالله عبدالرحمن عبدالكريم
عبدالعزيز عبدالقادر طارق سامر سمير كريم رامي فادي بسام باسل بشار هاني وليد نبيل جميل ماجد أمجد أنس
بلال حمزة أسامة أيمن عمار ياسر زياد فراس مازن مهند لؤي رشيد صالح صلاح سامي عادل عدنان نزار زكريا جهاد
هادي هيثم هشام عيسى موسى سليمان يحيى يونس جمال كمال فيصل فارس غسان حامد حميد مروان ناصر رائد رياض وائل
وسام يزن زيد عامر أمير أنور أشرف أيهم عزيز بدر بكر بشير داود إياد فهد فؤاد غيث حيدر حاتم حازم هلال حسام
عماد جابر جلال جواد ليث ماهر مهدي مالك منصور منير معاذ محسن نادر نجيب نور قيس سعد سعيد سيف سالم سليم
شادي شريف سهيل صهيب طه طلال تامر تميم وسيم يامن زاهر زهير عثمان قاسم هاشم رضا توفيق ياسين خليل أيوب
فاطمة عائشة مريم زينب خديجة أمينة ليلى نورا سارة رانيا رشا ريم هبة دينا لينا هدى أسماء سميرة سلمى
ياسمين حنان أمل إيمان ندى رنا ربى دعاء غادة منال نسرين روان رهف شيماء سهى سعاد وفاء هلا لمى مايا مجد
آية بتول بشرى داليا دلال فرح غزل جنى جود لجين ملك مروة نادية نوال رغد ريما رولا صباح صفاء سحر سماح
شهد تالا زهراء زينة عبير أحلام علياء أماني أميرة أريج أروى بسمة بيان ديما دنيا إسراء حبيبة هديل هاجر
حياة جميلة جمانة لبنى مها ميس منى نجلاء نجوى نهى علا رجاء رزان ريهام سمر سوسن سهام سندس تسنيم يارا
يسرى رنيم لانا لين
`;

export const ARABIC_FAMILY_NAMES = `
Alahmad Alhassan Alhasan Alali Alkhatib Khatib Almasri Masri Alhussein Alhusein Hamdan Haddad Khoury
Khouri Nasser Saleh Darwish Darwisch Mansour Othman Qassem Hijazi Hejazi Shami Alshami Halabi Alhalabi
Homsi Alhomsi Hamwi Sayed Sayyed Alsayed Kanaan Sabbagh Jabbour Suleiman Hammoud Alloush Sheikh
Alsheikh Aljasem Jasem Jassim Alhamad Hamad Alkhalaf Khalaf Alhamoud Alabdullah Attar Alattar Najjar
Alnajjar Hallak Kurdi Alkurdi Tahan Hammadi Hamadi Zoubi Alzoubi Zubi Rifai Alrifai Hariri Azzam
Barakat Diab Farhat Fakhouri Ghanem Hassoun Kabbani Karam Mahfouz Makhlouf Nahhas Nassar Obeid Rahal
Saadeh Sabra Salameh Tamimi Alomar Alomari Obaidi Alobaidi Jubouri Aljubouri Dulaimi Aldulaimi
Shammari Alshammari Hashimi Alhashimi Kadhim Kazem Qadir Murad Mourad Shawkat Abboud Abbas Alabbas
Aljaber Alabdo Alhussain Alkhalil Almohammad Almohamad Almustafa Alsaleh Alyousef Alnasser Alsalem
Alkhaled Alhamdan Aldarwish Aljamal Alshaikh Alsaadi Saadi Alqasim Zahran Khalifa Habash Haj Alhaj
Hamdoun Halawa Dabbagh Jumaa Kayali Khayat Alkhayat Shehadeh Shahin Qudsi Tarabishi Yassine Zeidan
الحسن الأحمد العلي الخطيب المصري الحسين حمدان حداد خوري صالح درويش عثمان حجازي الشامي الحلبي
الحمصي السيد كنعان صباغ جبور بكري الشيخ الجاسم الحمد الخلف الكردي الزعبي الرفاعي العبدالله
`;
