// Persian, Dari and Pashto given names and family names (Iran, Afghanistan), Latin and Arabic script.
// Names shared with Arabic (Mohammad, Ali, Fatima …) live in arabic.ts.

export const PERSIAN_GIVEN_NAMES = `
Reza Hossein Hosein Hussain Mehdi Javad Farid Omid Amir Morteza Murtaza Rahim Rahimullah Sajjad Sajad
Navid Babak Behzad Behnam Bahram Dariush Dariusch Arash Kaveh Siamak Farhad Farshad Farzad Kamran
Shahram Payam Peyman Pouya Pejman Milad Masoud Massoud Masud Ehsan Ahsan Ramin Arman Armin Afshin
Alireza Gholam Ghulam Golam Abdul Wahid Wahed Zahir Shafiq Rafiq Rafi Rahmat Nasrat Nusrat Jamshid
Sohrab Rostam Rustam Mirwais Ajmal Mujtaba Sayed Sayyid Nazir Nazar Noorullah Nurullah Naqibullah
Hekmatullah Rahmatullah Zabihullah Ahmadullah Ehsanullah Samiullah Habibullah Asadullah Najibullah
Hayatullah Atiqullah Inayatullah Safiullah Sharifullah Hamidullah Sediq Siddiq Qasem Qader Abdulqader
Hashmat Hekmat Naweed Nawid Wais Yama Zia Shoaib Sohail Waheed Wali Zalmai Zalmay Zmarai Gulbuddin Fawad
Fahim Fardin Faridun Feridun Jawed Javed Yaqub Yaqoob Younus Zakir Zaki Shahid Shakib Shakir
Shamim Shahab Shayan Parsa Pedram Kian Kourosh Kurosh Sina Soroush Eshaq Ishaq Jalil Latif Lutfullah
Matin Mansoor Mansur Naim Naeem Obaid Rauf Sabir Sabur Sakhi Samad Usman Yousuf Zubair Zobair Zohair
Abdulhaq Abdulwahid Abdulbasir Abdulghafar Abdulrauf Abdulrahim Ahmadshah Ahmadzia Mohammadreza
Mohammadali Mohammadhossein Aminullah Baryalai Daud Emal Hasib Idrees Jawid Khalid Mahbub Mahboob
Mohibullah Nasrullah Qudratullah Sardar Shams Tamim Wahidullah Zabiullah Ziaulhaq Ziaullah
Fatemeh Masoumeh Masume Sakineh Narges Parisa Shirin Nasrin Soraya Farzaneh Mahsa Somayeh Elham Mina
Arezoo Arezu Negin Nilofar Nilufar Niloufar Shabnam Freshta Fereshta Fereshteh Mursal Morsal Zarghona
Malalai Malala Hamida Sima Homa Najiba Marzieh Marziyeh Tahereh Tahmina Tamana Setareh Setara Sitara
Golnaz Gulnaz Golbahar Gulbahar Roya Roqia Rukhsar Rukhsana Sanaz Sepideh Shiva Soheila Taraneh Yalda
Zohreh Zohra Zuhra Azadeh Azita Bahar Banafsheh Behnaz Fariba Farida Forough Hanieh Haniyeh Kobra Kubra
Laleh Mahboubeh Mahbooba Mahnaz Malihe Manijeh Mehri Mitra Mojgan Mozhgan Nahid Nargis Nazanin Nazia
Neda Nooria Nuria Pari Parwana Parvaneh Pegah Raziyeh Razia Robina Sadaf Sadia Safia Shafiqa Shakila
Shukria Soghra Sughra Sudaba Sudabeh Tahira Wahida Zakia Zarifa Zarina Ziba Zahida Benafsha Farkhunda
Hosai Husna Khatera Khatira Lailuma Latifa Madina Mahtab Mehrangiz Nafisa Nasima Nazira Palwasha Parwin
Parvin Qudsia Rahima Roshana Sabira Saima Samina Shabana Shahla Shaqaiq Sharifa Shekiba Shogofa
Storai Tooba Wazhma Zakira Zulaikha Zuleikha Gulalai Zarmina Zarmeena Wagma Spogmai Marjan Mahjabin
Bibi Fahima Frishta Hadia Hamasa Karima Khalida Mariya Marzia Mursala Nilab Sahra Samira Sultana Yasamin
رضا حسین مهدی جواد فرید امید امیر مرتضی رحیم سجاد سعید مجید حمید حامد هادی نوید بابک بهزاد بهنام بهرام
داریوش آرش کاوه فرهاد فرشاد فرزاد کامران میلاد محسن مسعود احسان رامین آرمان آرمین افشین علیرضا غلام
وحید ظاهر شفیق رفیق رحمت جمشید سهراب رستم میرویس اجمل مجتبی سید بشیر نصیر خلیل حبیب نذیر نظر
فاطمه زهرا معصومه سکینه نرگس پریسا شیرین لیلا نسرین ثریا فرزانه مهسا سمیرا سمیه الهام مینا آرزو نگین
نیلوفر شبنم خدیجه فرشته مرسل زرغونه ملالی حمیده سیما هما نجیبه مرضیه طاهره تهمینه ستاره گلناز رویا
ساناز صبا سپیده شیوا سهیلا ترانه یلدا زهره آزاده بهار بنفشه بهناز فریبا فریده فروغ هانیه کبری لاله
محبوبه مهناز ملیحه منیژه میترا مژگان ناهید نازنین ندا پروانه پگاه راضیه صدف شکیلا
`;

export const PERSIAN_FAMILY_NAMES = `
Ahmadi Mohammadi Mohamadi Hosseini Hussaini Husseini Hosaini Rahimi Karimi Rezaei Rezai Rezaie Moradi
Jafari Jaafari Hashemi Sadeghi Sadiqi Rostami Nazari Hakimi Haidari Haydari Heydari Haidary Azizi
Amiri Noori Nouri Nuri Sultani Soltani Safi Stanikzai Stanekzai Popal Sahak Wardak Khan Zadran Mangal
Ahmadzai Ahmadzay Yousufzai Yousafzai Durrani Popalzai Barakzai Noorzai Nurzai Alizada Alizadeh
Alizai Sharifi Akbari Habibi Wahidi Rasuli Rasooli Qaderi Qadiri Samadi Sadat Faizi Nabizada Mohseni
Hamidi Ghulami Ghafoori Ghafuri Kohistani Panjshiri Badakhshi Jawadi Kazemi Kazimi Mousavi Musavi
Mosawi Musawi Naseri Nasiri Omidi Rahmani Rahmati Tahiri Yousefi Yusufi Zahiri Zamani Azimi Bahrami
Ebrahimi Ibrahimi Esmaili Ismaili Ghani Hassani Hasani Jalali Kabiri Kamali Mirzaei Mirzai Mohebbi
Najafi Naderi Nikzad Nikpour Noorzad Pazhwak Qurbani Rahimzada Rezazada Sadri Safari Salehi Samimi
Shahidi Shirzad Soltanzadeh Tavakoli Taheri Vahidi Wahedi Yaqubi Zarif Ahmadyar Naziri Hotak Tokhi
Tarakai Kakar Achakzai Afridi Shinwari Mohmand Momand Niazi Orakzai Khattak Zazai Jalalzai Sapai
Sarwari Waziri Arsalan Hamdard Amini Mahmoodi Mahmudi Sediqi Siddiqi Haqqani Anwari Nasseri
Sahil Rahimy Karimy Ahmady Mohammady Hussainy Qasimi Qaseemi Sharifzada Hashimi Mojadidi Ghaznawi
Herawi Balkhi Kabuli Parwani Logari Farahmand Jahangiri Khademi Mansouri Mortazavi Nourani
Rahnama Sadeqi Shams Tehrani
احمدی محمدی حسینی رحیمی کریمی رضایی مرادی جعفری هاشمی صادقی رستمی نظری حکیمی حیدری عزیزی امیری نوری
سلطانی صافی ستانکزی پوپل وردک زدران منگل احمدزی یوسفزی درانی علیزاده شریفی اکبری حبیبی وحیدی رسولی
قادری صمدی سادات فیضی محسنی حمیدی کاظمی موسوی ناصری رحمانی طاهری یوسفی زمانی عظیمی بهرامی ابراهیمی
اسماعیلی حسنی جلالی کبیری کمالی میرزایی نجفی نادری صفری صالحی
`;
